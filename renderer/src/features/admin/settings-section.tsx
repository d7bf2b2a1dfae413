import { useState } from 'react';
import type { KioskPolicySummary } from '../../../../electron/contract/policy-schema.ts';
import {
  selectChangeWorking,
  selectQuitKiosk,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectOfferedLanguages, selectPolicy } from '../../store/selectors.ts';
import { CentralLock } from './central-lock.tsx';
import { InitialsDialog } from './initials-dialog.tsx';
import { LocalizedField, TextField } from './text-field.tsx';

const idleHint = (policy: KioskPolicySummary | null): string => {
  const bounds = policy?.idleTimeoutSeconds;
  const range = !bounds
    ? 'From 30 to 600.'
    : bounds.min === bounds.max
      ? `IT's policy sets it to ${bounds.min}.`
      : `IT's policy keeps it from ${bounds.min} to ${bounds.max}.`;
  return `${range} Visitors using an accessibility option get twice as long.`;
};

/** The kiosk's own settings and words: idle timeout, start language, welcome title; quitting. */
export function SettingsSection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  const policy = useAdmin(selectPolicy);
  const offered = useAdmin(selectOfferedLanguages);
  if (!working) return null;
  const { kiosk } = working;
  const setKiosk = (next: Partial<typeof kiosk>) =>
    change((c) => ({ ...c, kiosk: { ...c.kiosk, ...next } }));
  return (
    <section className="admin-section" aria-labelledby="admin-settings-title">
      <h2 id="admin-settings-title" className="admin-section__title">
        Kiosk settings
      </h2>
      <CentralLock part="settings">
        <TextField
          label="Idle timeout in seconds"
          path="kiosk.idleTimeoutSeconds"
          value={Number.isNaN(kiosk.idleTimeoutSeconds) ? '' : String(kiosk.idleTimeoutSeconds)}
          hint={idleHint(policy)}
          onChange={(value) => setKiosk({ idleTimeoutSeconds: Number(value.trim() || NaN) })}
        />
        <fieldset className="field-pair">
          <legend className="field-pair__legend">Language a visitor starts in</legend>
          {offered.map((language) => (
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
      </CentralLock>
      {policy?.pinFromPolicy && <p>The staff PIN is set by IT&apos;s policy for this kiosk.</p>}
      <QuitKiosk />
    </section>
  );
}

/** The one way out of the kiosk: signed with initials, recorded in the audit log. */
function QuitKiosk() {
  const quit = useAdmin(selectQuitKiosk);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <h3 className="admin-section__subtitle">Quit the kiosk</h3>
      <p>
        Closes the kiosk program on this computer. It starts again when the computer restarts or IT
        starts it.
      </p>
      <button type="button" className="admin-button" onClick={() => setAsking(true)}>
        Quit the kiosk
      </button>
      {asking && (
        <InitialsDialog
          title="Quit the kiosk?"
          confirm="Quit"
          onCancel={() => setAsking(false)}
          onConfirm={(initials) => {
            setAsking(false);
            void quit(initials);
          }}
        >
          <p>Visitors cannot use the kiosk until it is started again.</p>
        </InitialsDialog>
      )}
    </>
  );
}
