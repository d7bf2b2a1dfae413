import { useState } from 'react';
import { USAGE_ROWS_SHOWN, type UsageRow } from '../../lib/usage-rows.ts';

/** One kind's totals in words, the first few, with "Show all" for the rest. */
export function UsageTable({ title, rows }: { title: string; rows: readonly UsageRow[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, USAGE_ROWS_SHOWN);
  return (
    <>
      <table className="admin-table">
        <caption className="admin-section__subtitle">{title}</caption>
        <tbody>
          {shown.map(({ key, name, count }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>None counted yet.</p>}
      {!all && rows.length > USAGE_ROWS_SHOWN && (
        <button type="button" className="admin-button" onClick={() => setAll(true)}>
          Show all {rows.length}
        </button>
      )}
    </>
  );
}
