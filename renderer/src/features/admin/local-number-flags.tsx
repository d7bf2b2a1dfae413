import { PhoneOff } from 'lucide-react';
import { useMemo } from 'react';
import { partOfPath, type ContentPart } from '../../../../electron/contract/content-ownership.ts';
import { localNumberFlags } from '../../../../electron/contract/local-numbers.ts';
import { selectCentralParts, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/**
 * Where staff edit announcements or hours on a kiosk whose directory is the bureau's: each
 * number their text gives that the directory does not have (any more), so a central update
 * that moved a unit's number does not leave their notice sending visitors to the old one.
 */
export function LocalNumberFlags({ part }: { part: ContentPart }) {
  const working = useAdmin(selectWorking);
  const central = useAdmin(selectCentralParts);
  const flags = useMemo(
    () =>
      working
        ? localNumberFlags(working, central).filter(({ path }) => partOfPath(path) === part)
        : [],
    [working, central, part],
  );
  if (flags.length === 0) return null;
  return (
    <div className="admin-message admin-message--problem local-numbers" role="note">
      <p className="local-numbers__title">
        <PhoneOff aria-hidden="true" />
        Check {flags.length === 1 ? 'this number' : 'these numbers'}: the bureau&apos;s central
        content does not have {flags.length === 1 ? 'it' : 'them'} (any more).
      </p>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id}>
            {flag.where}: {flag.found}
          </li>
        ))}
      </ul>
    </div>
  );
}
