import { useCallback } from 'react';
import { beginVisit } from '../store/begin-visit.ts';
import { selectBegin, selectLanguage, selectReadAloud, selectSpeak } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/** beginVisit (store/begin-visit.ts), for "Touch to begin" and the keys that begin. */
export function useBeginVisit(): (byKey: boolean) => void {
  const begin = useKiosk(selectBegin);
  const speak = useKiosk(selectSpeak);
  const language = useKiosk(selectLanguage);
  const readAloud = useKiosk(selectReadAloud);
  return useCallback(
    (byKey) => beginVisit({ begin, speak, language, readAloud }, byKey),
    [begin, speak, language, readAloud],
  );
}
