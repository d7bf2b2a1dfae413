import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { KioskState, KioskStore } from './kiosk-store.ts';

const StoreContext = createContext<KioskStore | null>(null);

export function KioskStoreProvider({
  store,
  children,
}: {
  store: KioskStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads the kiosk store through a selector; components never hold a store of their own. */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useKiosk needs a <KioskStoreProvider> above it');
  return useStore(store, selector);
}
