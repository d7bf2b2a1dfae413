import { selectDraftIssues } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** What is wrong with the working copy, by field path; checked once per change (memoised). */
export function useDraftIssues() {
  return useAdmin(selectDraftIssues);
}
