import { describe, expect, it } from 'vitest';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { createKioskStore } from '../kiosk-store.ts';
import { asAdmin } from './admin-store.ts';

const storeWithPinPad = async () => {
  const store = createKioskStore(createFakeKioskApi());
  await store.getState().openPinPad();
  return store;
};

describe("admin's slices", () => {
  it('are not in the store until staff open the PIN pad', async () => {
    const store = createKioskStore(createFakeKioskApi());
    expect(store.getState()).not.toHaveProperty('token');
    expect(() => asAdmin(store.getState())).toThrow();

    await store.getState().openPinPad();

    expect(asAdmin(store.getState())).toMatchObject({
      adminView: 'pin',
      adminStatus: { pinSet: false },
      token: null,
      working: null,
      revisions: [],
    });
  });

  it('come in once: opening the pad again keeps what staff left', async () => {
    const store = await storeWithPinPad();
    asAdmin(store.getState()).openSection('hours');
    await store.getState().openPinPad();
    expect(asAdmin(store.getState()).editorSection).toBe('hours');
  });

  it('are put back by a visit reset, like every other slice', async () => {
    const store = await storeWithPinPad();
    asAdmin(store.getState()).openSection('usage');
    asAdmin(store.getState()).showMessage({ kind: 'done', text: 'Saved.' });

    store.getState().resetVisit();

    expect(asAdmin(store.getState())).toMatchObject({
      adminView: 'closed',
      adminStatus: null,
      editorSection: 'programs',
      editorMessage: null,
    });
  });
});
