import { useMemo } from 'react';
import { blocksToRead, speechScope } from '../lib/screen-blocks.ts';
import {
  selectLanguage,
  selectReadAloud,
  selectReadBlocks,
  selectRepeatSpeech,
  selectStepBlock,
  selectStopSpeaking,
  selectToggleAccessibility,
} from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';

export interface SpeechCommands {
  /** Turns read aloud on if it is off, and reads what is in front of the visitor from the top. */
  listen(): void;
  stop(): void;
  repeat(): void;
  next(): void;
  previous(): void;
}

/** The speech controls, the same from the screen's buttons and from a keypad. */
export function useSpeechCommands(): SpeechCommands {
  const readAloud = useKiosk(selectReadAloud);
  const toggle = useKiosk(selectToggleAccessibility);
  const language = useKiosk(selectLanguage);
  const readBlocks = useKiosk(selectReadBlocks);
  const stepBlock = useKiosk(selectStepBlock);
  const stop = useKiosk(selectStopSpeaking);
  const repeat = useKiosk(selectRepeatSpeech);
  return useMemo(() => {
    const readFromTop = (): void => {
      const scope = speechScope(document);
      if (scope) readBlocks(blocksToRead(scope, language), 0, true);
    };
    return {
      listen: () => {
        if (!readAloud) toggle('readAloud');
        readFromTop();
      },
      stop,
      // With nothing read yet on this screen, each of these starts at its top.
      repeat: () => {
        if (!repeat()) readFromTop();
      },
      next: () => {
        if (!stepBlock(1)) readFromTop();
      },
      previous: () => {
        if (!stepBlock(-1)) readFromTop();
      },
    };
  }, [readAloud, toggle, language, readBlocks, stepBlock, stop, repeat]);
}
