import { StrictMode } from 'react';
import { KioskStoreProvider } from '../store/store-context.tsx';
import type { KioskStore } from '../store/kiosk-store.ts';
import { App } from './app.tsx';

/** The whole tree, the same for the server's render and the browser's, so hydration matches. */
export function KioskRoot({ store }: { store: KioskStore }) {
  return (
    <StrictMode>
      <KioskStoreProvider store={store}>
        <App />
      </KioskStoreProvider>
    </StrictMode>
  );
}
