import { useWordmarkPress } from '../hooks/use-admin-entry.ts';
import { useLoaded } from '../hooks/use-loaded.ts';
import { useLocalize } from '../hooks/use-localize.ts';
import { selectBureau } from '../store/selectors.ts';

/** The bureau's wordmark; the seeds give no logo, so none is drawn. */
export function TopBar() {
  const bureau = useLoaded(selectBureau);
  const t = useLocalize();
  const press = useWordmarkPress();
  return (
    <header className="top-bar">
      {/* A 3-second press opens staff sign-in; visitors see only the name. */}
      <p className="wordmark" {...press}>
        <span className="wordmark__badge">{bureau.abbreviation}</span>
        <span className="wordmark__name">{t(bureau.name)}</span>
      </p>
    </header>
  );
}
