import { useMemo } from 'react';
import { draftIssues, NO_ISSUES } from '../../lib/draft-issues.ts';
import { selectWorking } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** What is wrong with the working copy, by field path; checked again on every change. */
export function useDraftIssues() {
  const working = useKiosk(selectWorking);
  return useMemo(() => (working ? draftIssues(working) : NO_ISSUES), [working]);
}
