import { useEffect } from 'react';
import { selectFollowCentralChanges } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/**
 * While admin is open, reads the core's status again each time its central source was checked
 * with a new outcome (applied, refused, back), so the banner follows without polling.
 */
export function useAdminStatusRefresh(): void {
  const follow = useAdmin(selectFollowCentralChanges);
  useEffect(() => follow(), [follow]);
}
