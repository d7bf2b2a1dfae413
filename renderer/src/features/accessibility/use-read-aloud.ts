import { useEffect } from 'react';
import { screenText } from '../../lib/speech-text.ts';
import { selectReadAloud, selectScreen, selectSpeak } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** What one tap speaks: the smallest readable thing under the finger. */
const SPEAKABLE = 'button, h1, h2, h3, p, li, address, dt, dd';

/** Reads the screen's main region aloud. */
export function readScreen(speak: (text: string) => void): void {
  const main = document.querySelector('main');
  if (main) speak(screenText(main));
}

/**
 * While read aloud is on: each new screen is read, and any item tapped is spoken (a button
 * still does what it does; its name is said too).
 */
export function useReadAloud(): void {
  const readAloud = useKiosk(selectReadAloud);
  const screen = useKiosk(selectScreen);
  const speak = useKiosk(selectSpeak);

  useEffect(() => {
    if (readAloud) readScreen(speak);
  }, [readAloud, screen, speak]);

  useEffect(() => {
    if (!readAloud) return undefined;
    const onTap = (event: Event): void => {
      if (!(event.target instanceof Element)) return;
      if (event.target.closest('[data-speech-control]')) return;
      const item = event.target.closest<HTMLElement>(SPEAKABLE);
      if (item) speak(screenText(item));
    };
    document.addEventListener('click', onTap, { capture: true });
    return () => document.removeEventListener('click', onTap, { capture: true });
  }, [readAloud, speak]);
}
