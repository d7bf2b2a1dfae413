// The page's entry. The shell sent the first screen already rendered, so the browser can paint
// it as soon as the styles, the fonts and this small script are in (the build marks it
// blocking="render": a button on screen before it ran ignored a touch); evaluating React DOM
// first held that paint back by the time it took (~70 ms on a 2-core kiosk PC). So the styles
// load with the page, the screen is hardened against zoom and long presses and answers "begin"
// from its first frame, and React follows once that frame is on screen.
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/attract.css';
import './styles/bars.css';
import './styles/home.css';
import './styles/program.css';
import './styles/privacy.css';
import './styles/status.css';
import './styles/idle.css';
import './styles/accessibility.css';
import './styles/search.css';
import './styles/phones.css';
import './styles/notices.css';
import './styles/keys.css';
import { afterFirstPaint } from './lib/after-first-paint.ts';
import { answerEarlyTouches, type EarlyTouches } from './lib/early-touch.ts';
import { hardenTouch } from './lib/harden-touch.ts';
import { ANSWERS_MARK } from './lib/render-marks.ts';

// A parameter, not a module constant: once React has the page, nothing holds the home that
// was sent, and its elements are freed (a constant kept ~145 detached nodes for good).
function startReactAfterPaint(early: EarlyTouches | null): void {
  if (early) performance.mark(ANSWERS_MARK);
  afterFirstPaint(window, () => void import('./main.tsx').then(({ start }) => start(early)));
}

hardenTouch(document);
startReactAfterPaint(answerEarlyTouches(document));
