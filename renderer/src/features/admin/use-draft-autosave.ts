import { useEffect } from 'react';
import { browserClock } from '../../lib/clock.ts';
import {
  selectDraftState,
  selectSaveDraft,
  selectSetDraftState,
  selectWorking,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { useDraftIssues } from './use-draft-issues.ts';

/** Saves soon after typing stops, so a field is not written on every key. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Keeps the draft on disk as staff edit. A copy the schema refuses is not saved: the marked
 * fields say what to fix, and the last valid draft stays safe meanwhile.
 */
export function useDraftAutosave(): void {
  const working = useKiosk(selectWorking);
  const state = useKiosk(selectDraftState);
  const issues = useDraftIssues();
  const save = useKiosk(selectSaveDraft);
  const setState = useKiosk(selectSetDraftState);

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
