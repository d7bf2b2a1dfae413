import { render } from '@testing-library/react';
import type { Content } from '../../../electron/contract/content-schema.ts';
import { App } from '../app/app.tsx';
import { preloadSpeechRow } from '../components/speech-bar.tsx';
import { preloadScreens } from '../features/screens/deferred-screens.ts';
import type { Screen } from '../store/navigation-slice.ts';
import { createKioskStore, type KioskStoreOptions } from '../store/kiosk-store.ts';
import { KioskStoreProvider } from '../store/store-context.tsx';
import { contentFixture } from './content-fixture.ts';
import { createFakeKioskApi } from './fake-kiosk-api.ts';

/**
 * The whole app on a fake API, its content loaded, its deferred screens in (as the kiosk has them
 * soon after start-up), opened on the given screen; `options` give it a voice, for instance.
 */
export async function renderApp(
  screen: Screen,
  content: Content = contentFixture(),
  options: KioskStoreOptions = {},
) {
  await Promise.all([preloadScreens(), preloadSpeechRow()]);
  const api = createFakeKioskApi(content);
  const store = createKioskStore(api, options);
  await store.getState().loadContent();
  store.setState({ screen });
  const view = render(
    <KioskStoreProvider store={store}>
      <App />
    </KioskStoreProvider>,
  );
  return { api, store, ...view };
}
