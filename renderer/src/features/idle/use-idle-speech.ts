import { useEffect, useRef } from 'react';
import { countdownSpeech, idleWarningSpeech } from '../../lib/idle-warning-speech.ts';
import {
  selectIdleSecondsLeft,
  selectLanguage,
  selectReadAloud,
  selectSpeak,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** After the warning itself, the count is said again at these seconds, not every second. */
const SAID_AGAIN_AT: ReadonlySet<number> = new Set([10, 5]);

/**
 * With read aloud on, the idle warning is said when it opens, and the time left now and then.
 * Its voice does not hold the idle timer (holdsVisit: false), or the warning would never end.
 */
export function useIdleSpeech(): void {
  const secondsLeft = useKiosk(selectIdleSecondsLeft);
  const readAloud = useKiosk(selectReadAloud);
  const ui = useKiosk(selectUiText);
  const language = useKiosk(selectLanguage);
  const speak = useKiosk(selectSpeak);
  const said = useRef(false);

  useEffect(() => {
    if (secondsLeft === null) {
      said.current = false;
      return;
    }
    if (!readAloud) return;
    const options = { holdsVisit: false };
    if (!said.current) speak(idleWarningSpeech(ui, language, secondsLeft), options);
    else if (SAID_AGAIN_AT.has(secondsLeft))
      speak(countdownSpeech(ui, language, secondsLeft), options);
    said.current = true;
  }, [secondsLeft, readAloud, ui, language, speak]);
}
