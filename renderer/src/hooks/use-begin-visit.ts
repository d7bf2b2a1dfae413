import { useCallback } from 'react';
import { selectBegin, selectReadAloud, selectSpeak, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/**
 * Begins a visit and tells a visitor who cannot see, at once, where spoken help is: the Listen
 * button for a touch, the keys for a visitor who began from a keypad. One who has read aloud on
 * already hears home read instead.
 */
export function useBeginVisit(): (byKey: boolean) => void {
  const begin = useKiosk(selectBegin);
  const speak = useKiosk(selectSpeak);
  const ui = useKiosk(selectUiText);
  const readAloud = useKiosk(selectReadAloud);
  return useCallback(
    (byKey) => {
      begin();
      if (!readAloud) speak(byKey ? ui.listenKeys : ui.listenWhere);
    },
    [begin, speak, ui, readAloud],
  );
}
