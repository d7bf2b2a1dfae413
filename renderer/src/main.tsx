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
import { firstScreen, store } from './start-kiosk.ts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { KioskRoot } from './app/kiosk-root.tsx';
import { preloadScreensWhenIdle } from './app/preload-when-idle.ts';
import { hardenTouch } from './lib/harden-touch.ts';
import { loadDigitFaces } from './lib/load-digit-faces.ts';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html must contain <div id="root">');

hardenTouch(document);
loadDigitFaces(document.fonts);
preloadScreensWhenIdle(store);

// The shell sent the first screen already rendered: React takes over what is on screen.
if (firstScreen && rootElement.firstElementChild)
  hydrateRoot(rootElement, <KioskRoot store={store} />);
else createRoot(rootElement).render(<KioskRoot store={store} />);
