import { useMemo } from 'react';
import { draftIssues, NO_ISSUES } from '../../lib/draft-issues.ts';
import { selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** What is wrong with the working copy, by field path; checked again on every change. */
export function useDraftIssues() {
  const working = useAdmin(selectWorking);
  return useMemo(() => (working ? draftIssues(working) : NO_ISSUES), [working]);
}
