import { useEffect } from 'react';
import { browserClock } from '../../lib/clock.ts';
import {
  selectDraftState,
  selectSaveDraft,
  selectSetDraftState,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { useDraftIssues } from './use-draft-issues.ts';

/** Saves soon after typing stops, so a field is not written on every key. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Keeps the draft on disk as staff edit. A copy the schema refuses is not saved: the marked
 * fields say what to fix, and the last valid draft stays safe meanwhile.
 */
export function useDraftAutosave(): void {
  const working = useAdmin(selectWorking);
  const state = useAdmin(selectDraftState);
  const issues = useDraftIssues();
  const save = useAdmin(selectSaveDraft);
  const setState = useAdmin(selectSetDraftState);

  useEffect(() => {
    if (state !== 'unsaved' && state !== 'invalid') return undefined;
    if (issues.size > 0) {
      if (state !== 'invalid') setState('invalid');
      return undefined;
    }
    const handle = browserClock.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => browserClock.clearTimeout(handle);
  }, [working, state, issues, save, setState]);
}
