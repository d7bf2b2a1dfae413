import { selectChangeWorking, selectWorking } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { LocalizedField, TextField } from './text-field.tsx';

/** The kiosk's own settings and words: idle timeout, start language, welcome title. */
export function SettingsSection() {
  const working = useKiosk(selectWorking);
  const change = useKiosk(selectChangeWorking);
  if (!working) return null;
  const { kiosk } = working;
  const setKiosk = (next: Partial<typeof kiosk>) =>
    change((c) => ({ ...c, kiosk: { ...c.kiosk, ...next } }));
  return (
    <section className="admin-section" aria-labelledby="admin-settings-title">
      <h2 id="admin-settings-title" className="admin-section__title">
        Kiosk settings
      </h2>
      <TextField
        label="Idle timeout in seconds"
        path="kiosk.idleTimeoutSeconds"
        value={Number.isNaN(kiosk.idleTimeoutSeconds) ? '' : String(kiosk.idleTimeoutSeconds)}
        hint="From 30 to 600. Visitors using an accessibility option get twice as long."
        onChange={(value) => setKiosk({ idleTimeoutSeconds: Number(value.trim() || NaN) })}
      />
      <fieldset className="field-pair">
        <legend className="field-pair__legend">Language a visitor starts in</legend>
        {(['en', 'es'] as const).map((language) => (
          <button
            key={language}
            type="button"
            className="admin-button"
            aria-pressed={kiosk.defaultLanguage === language}
            onClick={() => setKiosk({ defaultLanguage: language })}
          >
            {language === 'en' ? 'English' : 'Español'}
          </button>
        ))}
      </fieldset>
      <LocalizedField
        label="Welcome screen title"
        path="kiosk.attractTitle"
        value={kiosk.attractTitle}
        onChange={(attractTitle) => setKiosk({ attractTitle })}
      />
      {kiosk.privacyNote.map((paragraph, i) => (
        <LocalizedField
          key={i}
          label={`About this kiosk, paragraph ${i + 1}`}
          path={`kiosk.privacyNote.${i}`}
          value={paragraph}
          multiline
          onChange={(text) =>
            setKiosk({ privacyNote: kiosk.privacyNote.map((p, j) => (j === i ? text : p)) })
          }
        />
      ))}
    </section>
  );
}
