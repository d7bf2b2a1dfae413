import { useCallback } from 'react';
import { blockIndexOf, blocksToRead, speechScope } from '../../lib/screen-blocks.ts';
import { focusSpeech } from '../../lib/speech-blocks.ts';
import { selectLanguage, selectReadBlocks, selectSpeak } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/**
 * Says the block holding `element` (a tapped paragraph, a focused tile) on its own, and puts
 * the visitor's place there, so Next goes on from it; a region is named by its label.
 */
export function useSpeakElement(): (element: Element) => void {
  const language = useKiosk(selectLanguage);
  const readBlocks = useKiosk(selectReadBlocks);
  const speak = useKiosk(selectSpeak);
  return useCallback(
    (element) => {
      const scope = speechScope(document, element);
      const blocks = scope ? blocksToRead(scope, language) : [];
      const at = blockIndexOf(blocks, element);
      if (at >= 0) {
        readBlocks(blocks, at, false);
        return;
      }
      const said = focusSpeech(element, language);
      if (said) speak(said.text, { language: said.language });
    },
    [language, readBlocks, speak],
  );
}
