// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { useAdminStatusRefresh } from './use-admin-status-refresh.ts';

describe("admin's status, read again while admin is open", () => {
  afterEach(cleanup);

  it('follows each central change, keeps the last word when a read fails, and lets go on close', async () => {
    const api = createFakeKioskApi();
    let reads = 0;
    let attemptsLeft = 5;
    api.adminStatus = async () => {
      reads++;
      if (attemptsLeft === 0) throw new Error('The kiosk is not answering.');
      return { pinSet: true, lockedUntil: null, attemptsLeft };
    };
    const store = createKioskStore(api);
    await store.getState().openPinPad();
    const status = () => asAdmin(store.getState()).adminStatus;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <KioskStoreProvider store={store}>{children}</KioskStoreProvider>
    );
    const { unmount } = renderHook(useAdminStatusRefresh, { wrapper });
    expect(reads).toBe(1);
    expect(api.listeners('centralChanged')).toBe(1);

    attemptsLeft = 4;
    await act(async () => api.centralChanged());
    expect(status()?.attemptsLeft).toBe(4);

    attemptsLeft = 0;
    await act(async () => api.centralChanged());
    expect(reads).toBe(3);
    expect(status()?.attemptsLeft).toBe(4);

    unmount();
    expect(api.listeners('centralChanged')).toBe(0);
    await act(async () => api.centralChanged());
    expect(reads).toBe(3);
  });
});
