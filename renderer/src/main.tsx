// React and the kiosk, which boot.ts loads once the first screen the shell sent is painted.
import { firstScreen, store } from './start-kiosk.ts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { KioskRoot } from './app/kiosk-root.tsx';
import { preloadScreensWhenIdle } from './app/preload-when-idle.ts';
import type { EarlyTouches } from './lib/early-touch.ts';
import { loadDigitFaces } from './lib/load-digit-faces.ts';
import { whenInteractive } from './lib/render-marks.ts';
import { beginVisit } from './store/begin-visit.ts';

/** Starts React on the page; `early` is what the page answered before it (boot.ts). */
export function start(early: EarlyTouches | null): void {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html must contain <div id="root">');

  loadDigitFaces(document.fonts);
  preloadScreensWhenIdle(store);

  // The shell sent the first screen already rendered: React takes over what is on screen.
  if (firstScreen && rootElement.firstElementChild) {
    early?.claim();
    hydrateRoot(rootElement, <KioskRoot store={store} />);
    void whenInteractive.then(() => early?.handOver(() => beginVisit(store.getState(), false)));
  } else createRoot(rootElement).render(<KioskRoot store={store} />);
}
