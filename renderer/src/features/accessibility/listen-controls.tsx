import { Repeat, Square, Volume2 } from 'lucide-react';
import {
  selectReadAloud,
  selectRepeatSpeech,
  selectSpeak,
  selectStopSpeaking,
  selectToggleAccessibility,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { readScreen } from './use-read-aloud.ts';

/**
 * "Listen" sits in the bottom-left corner of every screen, so a visitor who cannot see finds
 * it by touch alone; it turns read aloud on (which reads the screen) or reads the screen again.
 */
export function ListenControls() {
  const ui = useKiosk(selectUiText);
  const readAloud = useKiosk(selectReadAloud);
  const toggle = useKiosk(selectToggleAccessibility);
  const speak = useKiosk(selectSpeak);
  const stop = useKiosk(selectStopSpeaking);
  const repeat = useKiosk(selectRepeatSpeech);
  return (
    <div className="listen-controls" data-speech-control="">
      <button
        type="button"
        className="bar-button listen-button"
        aria-pressed={readAloud}
        onClick={() => (readAloud ? readScreen(speak) : toggle('readAloud'))}
      >
        <Volume2 aria-hidden="true" className="bar-button__icon" />
        <span>{ui.listen}</span>
      </button>
      {readAloud && (
        <>
          <button type="button" className="bar-button bar-button--compact" onClick={stop}>
            <Square aria-hidden="true" className="bar-button__icon" />
            <span>{ui.stop}</span>
          </button>
          <button type="button" className="bar-button bar-button--compact" onClick={repeat}>
            <Repeat aria-hidden="true" className="bar-button__icon" />
            <span>{ui.repeat}</span>
          </button>
        </>
      )}
    </div>
  );
}
