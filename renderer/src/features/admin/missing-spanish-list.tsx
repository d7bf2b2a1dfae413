import { Languages } from 'lucide-react';
import { useMemo } from 'react';
import { missingSpanish } from '../../lib/missing-spanish.ts';
import { selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** Texts still without Spanish: Spanish-speaking visitors read the English there. */
export function MissingSpanish() {
  const working = useAdmin(selectWorking);
  const missing = useMemo(() => (working ? missingSpanish(working) : []), [working]);
  return (
    <details className="missing-spanish">
      <summary className="missing-spanish__summary">
        <Languages aria-hidden="true" />
        {missing.length === 0
          ? 'Every text has Spanish.'
          : `${missing.length} texts have no Spanish yet`}
      </summary>
      <ul className="missing-spanish__list">
        {missing.map((where) => (
          <li key={where}>{where}</li>
        ))}
      </ul>
    </details>
  );
}
