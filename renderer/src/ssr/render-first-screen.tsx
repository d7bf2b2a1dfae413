// The renderer's server build (vite.config.ts, dist/ssr): both shells load it and call it for
// each page they serve, so the first screen is painted from HTML, before any script runs.
import { renderToString } from 'react-dom/server';
import type { KioskApi } from '../../../electron/contract/api.ts';
import type { RenderFirstScreen } from '../../../electron/contract/first-screen.ts';
import { operationNames } from '../../../electron/contract/wire.ts';
import { KioskRoot } from '../app/kiosk-root.tsx';
import { createKioskStore } from '../store/kiosk-store.ts';

const noCalls = (): Promise<never> =>
  Promise.reject(new Error('The first screen is rendered without calling the core'));

// Rendering runs no effects, so nothing calls this API; it exists because the store needs one.
const inertApi = {
  ...Object.fromEntries(operationNames.map((name) => [name, noCalls])),
  on: () => () => undefined,
} as unknown as KioskApi;

/**
 * One store renders both: the first screen, then home once "begin" is touched. A server render
 * reads the store's initial state (zustand's server snapshot), not its state, so home's render
 * is given the begun state as its initial one.
 */
export const renderFirstScreen: RenderFirstScreen = ({ revision, content, renderedAt }) => {
  const store = createKioskStore(inertApi, {
    seed: { revision, content },
    startedAt: renderedAt,
  });
  const screen = renderToString(<KioskRoot store={store} />);
  store.getState().begin();
  const home = store.getState();
  return {
    screen,
    home: renderToString(<KioskRoot store={{ ...store, getInitialState: () => home }} />),
  };
};
