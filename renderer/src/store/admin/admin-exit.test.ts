import { describe, expect, it } from 'vitest';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { createKioskStore } from '../kiosk-store.ts';
import { asAdmin } from './admin-store.ts';

describe('Exit', () => {
  // Signing out while a publish was on its way refused the publish after admin had closed.
  it('lets a publish under way finish with its session before signing out', async () => {
    const calls: string[] = [];
    let finishPublish = (): void => undefined;
    const api = createFakeKioskApi();
    api.adminSignOut = async () => {
      calls.push('sign out');
    };
    api.publishDraft = () =>
      new Promise((resolve) => {
        finishPublish = () => {
          calls.push('published');
          resolve({
            revision: { number: 2, time: '', initials: 'JD', kind: 'publish', changes: [] },
          });
        };
      });
    const store = createKioskStore(api);
    await store.getState().openPinPad();
    store.setState({ token: 'session' } as never);
    const admin = () => asAdmin(store.getState());

    const publishing = admin().publish('JD');
    const exiting = admin().exitAdmin();
    await Promise.resolve();
    expect(calls).toEqual([]);
    finishPublish();
    await Promise.all([publishing, exiting]);

    expect(calls).toEqual(['published', 'sign out']);
  });
});
