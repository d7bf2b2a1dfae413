import { useLocalize } from '../hooks/use-localize.ts';
import { selectPrograms, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/**
 * The last screen standing, when even home cannot be drawn: every program and its numbers as
 * plain text, nothing that could fail again. The idle reset still brings the welcome screen.
 */
export function StaticDirectory() {
  const programs = useKiosk(selectPrograms);
  const ui = useKiosk(selectUiText);
  const t = useLocalize();
  return (
    <main className="static-directory">
      <h1>{ui.allPhoneNumbers}</h1>
      <ul>
        {programs.map((program) => (
          <li key={program.id}>
            <h2>{t(program.title)}</h2>
            {program.units.map((unit, index) => (
              <p key={index}>
                {t(unit.name)}:{' '}
                {unit.phone === '' ? (
                  ui.askAtReception
                ) : (
                  <span className="phone-digits">{unit.phone}</span>
                )}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </main>
  );
}
