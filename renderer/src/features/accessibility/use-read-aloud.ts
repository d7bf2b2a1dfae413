import { useEffect, useLayoutEffect, useRef } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { blocksToRead } from '../../lib/screen-blocks.ts';
import { whenMainShows } from '../../lib/when-main-shows.ts';
import {
  selectForgetReading,
  selectLanguage,
  selectReadAloud,
  selectReadBlocks,
  selectScreen,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { useSpeakElement } from './use-speak-element.ts';

/**
 * While read aloud is on: each new screen is read from the top, a block at a time, and any
 * item tapped is said (a button still does what it does; its name is said too).
 */
export function useReadAloud(): void {
  const readAloud = useKiosk(selectReadAloud);
  const screen = useKiosk(selectScreen);
  const language = useKiosk(selectLanguage);
  const readBlocks = useKiosk(selectReadBlocks);
  const forgetReading = useKiosk(selectForgetReading);
  const speakElement = useSpeakElement();
  // The screen's reading starts when the screen changes, not when read aloud is switched on in
  // the panel: that switch says its own new state instead.
  const latest = useRef({ readAloud, language, screen });
  useLayoutEffect(() => {
    latest.current = { readAloud, language, screen };
  });

  useEffect(() => {
    if (!latest.current.readAloud) {
      forgetReading();
      return undefined;
    }
    // A screen whose code is still on its way shows its main region a moment later.
    return whenMainShows(document, (main) =>
      readBlocks(blocksToRead(main, latest.current.language), 0, true),
    );
  }, [screen, readBlocks, forgetReading]);

  useEffect(() => {
    const onTap = (event: Event): void => {
      const item = event.target;
      if (!(item instanceof Element) || item.closest('[data-speech-control]')) return;
      const { readAloud: wasOn, screen: before } = latest.current;
      // Said once the tap has done its work, so a switch says its new state (read aloud's own
      // switch too, either way); not at all when the tap opened another screen, which is read.
      browserClock.setTimeout(() => {
        const { readAloud: on, screen: now } = latest.current;
        if ((wasOn || on) && item.isConnected && now === before) speakElement(item);
      }, 0);
    };
    document.addEventListener('click', onTap, { capture: true });
    return () => document.removeEventListener('click', onTap, { capture: true });
  }, [speakElement]);
}
