import { Repeat, SkipBack, SkipForward, Square, type LucideIcon } from 'lucide-react';
import { useSpeechCommands } from '../hooks/use-speech-commands.ts';
import { selectUiText } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import '../styles/speech.css';

/** Stop, Repeat, Previous and Next; see speech-bar.tsx for where and when. */
export function SpeechRow() {
  const ui = useKiosk(selectUiText);
  const commands = useSpeechCommands();
  const buttons: ReadonlyArray<[string, LucideIcon, () => void]> = [
    [ui.stop, Square, commands.stop],
    [ui.repeat, Repeat, commands.repeat],
    [ui.previous, SkipBack, commands.previous],
    [ui.next, SkipForward, commands.next],
  ];
  return (
    <div className="speech-bar" role="group" aria-label={ui.speechControls} data-speech-control="">
      {buttons.map(([label, Icon, run]) => (
        <button key={label} type="button" className="bar-button speech-bar__button" onClick={run}>
          <Icon aria-hidden="true" className="bar-button__icon" />
          <span>{label}</span>
        </button>
      ))}
    </div>
  );
}
