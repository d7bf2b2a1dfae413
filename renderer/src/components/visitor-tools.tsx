import { LanguageSwitch } from '../features/language/language-switch.tsx';

/**
 * The controls every visitor may need on every screen, attract included, always in the same
 * place low on the screen, where a seated visitor reaches them too.
 */
export function VisitorTools() {
  return (
    <div className="visitor-tools">
      <LanguageSwitch />
    </div>
  );
}
