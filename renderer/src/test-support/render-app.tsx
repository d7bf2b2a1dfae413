import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Content } from '../../../electron/contract/content-schema.ts';
import { App } from '../app/app.tsx';
import { preloadScreens } from '../app/deferred-screens.ts';
import type { Screen } from '../store/navigation-slice.ts';
import { createKioskStore } from '../store/kiosk-store.ts';
import { KioskStoreProvider } from '../store/store-context.tsx';
import { contentFixture } from './content-fixture.ts';
import { createFakeKioskApi } from './fake-kiosk-api.ts';

/** jsdom lays nothing out and has no ResizeObserver; the scroll buttons only need one to exist. */
class InertResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/**
 * The whole app on a fake API, its content loaded, its deferred screens in (as the kiosk has them
 * soon after start-up), opened on the given screen.
 */
export async function renderApp(screen: Screen, content: Content = contentFixture()) {
  if (!('ResizeObserver' in globalThis)) vi.stubGlobal('ResizeObserver', InertResizeObserver);
  await preloadScreens();
  const api = createFakeKioskApi(content);
  const store = createKioskStore(api);
  await store.getState().loadContent();
  store.setState({ screen });
  const view = render(
    <KioskStoreProvider store={store}>
      <App />
    </KioskStoreProvider>,
  );
  return { api, store, ...view };
}
