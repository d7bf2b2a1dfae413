import { useEffect, useState } from 'react';
import { usageRows } from '../../lib/usage-rows.ts';
import { visitsPerDay } from '../../lib/usage-summary.ts';
import {
  selectExportUsage,
  selectLoadUsage,
  selectSetUsageCounting,
  selectUsage,
} from '../../store/admin/admin-selectors.ts';
import { selectLoadTransferPlaces } from '../../store/admin/transfer-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectPolicy } from '../../store/selectors.ts';
import { ExportButtons } from './export-buttons.tsx';
import { InitialsDialog } from './initials-dialog.tsx';
import { LookAgainButton } from './look-again-button.tsx';
import { UsageTable } from './usage-table.tsx';

const KINDS = [
  ['program', 'Programs opened'],
  ['screen', 'Screens shown'],
  ['language', 'Languages chosen'],
  ['feature', 'Accessibility options turned on'],
] as const;

/**
 * Anonymous counts per day, as a chart and tables in words (programs by title, screens and
 * options by name), exportable; counting can be turned off.
 */
export function UsageSection() {
  const usage = useAdmin(selectUsage);
  const load = useAdmin(selectLoadUsage);
  const setCounting = useAdmin(selectSetUsageCounting);
  const exportUsage = useAdmin(selectExportUsage);
  const [switching, setSwitching] = useState(false);
  const fixedByIt = useAdmin(selectPolicy)?.usageCounts ?? null;
  const loadPlaces = useAdmin(selectLoadTransferPlaces);
  useEffect(() => {
    void load();
    void loadPlaces();
  }, [load, loadPlaces]);
  if (!usage) return null;
  const visits = visitsPerDay(usage.days);
  const most = Math.max(1, ...visits.map((v) => v.visits));
  return (
    <section className="admin-section" aria-labelledby="admin-usage-title">
      <h2 id="admin-usage-title" className="admin-section__title">
        Usage
      </h2>
      <p>
        Counts per day of what visitors use, kept 90 days. Nothing about any visitor is stored, and
        never what is typed in Search. Counting is {usage.enabled ? 'on' : 'off'}.
      </p>
      {fixedByIt === null ? (
        <button type="button" className="admin-button" onClick={() => setSwitching(true)}>
          {usage.enabled ? 'Turn counting off' : 'Turn counting on'}
        </button>
      ) : (
        <p>IT&apos;s policy keeps counting {fixedByIt ? 'on' : 'off'} on this kiosk.</p>
      )}
      <h3 className="admin-section__subtitle">Export the counts as a spreadsheet (CSV)</h3>
      <LookAgainButton />
      <ExportButtons file="usage" download={exportUsage} />
      <figure className="usage-chart">
        <figcaption className="admin-section__subtitle">Visits per day</figcaption>
        {visits.length === 0 ? (
          <p>No visits counted yet.</p>
        ) : (
          <ol className="usage-chart__bars">
            {visits.map((v) => (
              <li key={v.date} className="usage-chart__day">
                <span
                  className="usage-chart__bar"
                  style={{ height: `${(v.visits / most) * 100}%` }}
                />
                <span className="usage-chart__label">
                  {v.date.slice(5)}: {v.visits}
                </span>
              </li>
            ))}
          </ol>
        )}
      </figure>
      {KINDS.map(([kind, title]) => (
        <UsageTable
          key={kind}
          title={title}
          rows={usageRows(usage.days, kind, usage.programTitles)}
        />
      ))}
      {switching && (
        <InitialsDialog
          title={usage.enabled ? 'Turn usage counting off?' : 'Turn usage counting on?'}
          confirm={usage.enabled ? 'Turn off' : 'Turn on'}
          onCancel={() => setSwitching(false)}
          onConfirm={(initials) => {
            setSwitching(false);
            void setCounting(!usage.enabled, initials);
          }}
        />
      )}
    </section>
  );
}
