import { Volume2 } from 'lucide-react';
import { useSpeechCommands } from '../hooks/use-speech-commands.ts';
import { selectReadAloud, selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

/**
 * "Listen" sits in the bottom-left corner of every screen, so a visitor who cannot see finds
 * it by touch alone; it turns read aloud on and reads the screen from the top. Nothing appears
 * beside it: the speech bar has a row of its own, so Listen never moves.
 */
export function ListenControls() {
  const ui = useKiosk(selectUiText);
  const readAloud = useKiosk(selectReadAloud);
  const { listen } = useSpeechCommands();
  return (
    <div className="listen-controls" data-speech-control="">
      <button
        type="button"
        className="bar-button listen-button"
        aria-pressed={readAloud}
        onClick={listen}
      >
        <Volume2 aria-hidden="true" className="bar-button__icon" />
        <span>{ui.listen}</span>
      </button>
    </div>
  );
}
