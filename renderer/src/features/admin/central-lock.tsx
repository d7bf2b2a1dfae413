import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ContentPart } from '../../../../electron/contract/content-ownership.ts';
import { managedCentrallyNote } from '../../lib/central-parts-words.ts';
import { selectPartCentral } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { LocalNumberFlags } from './local-number-flags.tsx';

/**
 * The editors of one part of the content, turned off as one while that part comes from the
 * central source: the core refuses changes to it, and staff should not type what cannot be
 * kept. The note says so where staff look, since other sections here may still be theirs.
 */
export function CentralLock({ part, children }: { part: ContentPart; children: ReactNode }) {
  const central = useAdmin(selectPartCentral(part));
  return (
    <fieldset className="admin-lock" disabled={central}>
      {central ? (
        <p className="admin-message admin-lock__note" role="note">
          <Lock aria-hidden="true" />
          <span>{managedCentrallyNote(part)}</span>
        </p>
      ) : (
        <LocalNumberFlags part={part} />
      )}
      {children}
    </fieldset>
  );
}
