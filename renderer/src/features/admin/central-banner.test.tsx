// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CENTRAL_LOCKED_MESSAGE,
  type CentralStatus,
} from '../../../../electron/contract/central-schema.ts';
import type { RevisionInfo } from '../../../../electron/contract/editing-schema.ts';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AdminScreen } from './admin-screen.tsx';

const CENTRAL: CentralStatus = {
  location: 'http://127.0.0.1:8080/',
  version: 3,
  keyId: '1a2b3c4d5e6f7a8b',
  expiresAt: '2099-01-01T00:00:00.000Z',
  lastCheckAt: '2026-12-06T16:00:00.000Z',
  lastAppliedAt: '2026-12-06T15:00:00.000Z',
  behindSince: null,
  reason: null,
};

const REVISIONS: RevisionInfo[] = [
  {
    number: 2,
    time: '2026-12-06T15:00:00.000Z',
    initials: '',
    kind: 'central',
    changes: [],
    central: { version: 3, keyId: '1a2b3c4d5e6f7a8b' },
  },
  { number: 1, time: '2026-12-01T15:00:00.000Z', initials: '', kind: 'first', changes: [] },
];

/** Admin open on a section, the core's status saying the kiosk follows `central` (or not). */
async function openAdmin(central: CentralStatus | null, section = 'programs') {
  const api = createFakeKioskApi();
  let status = { pinSet: true, lockedUntil: null, attemptsLeft: 5, problems: [], central };
  api.adminStatus = async () => status;
  api.listRevisions = async () => ({ revisions: REVISIONS, nextBefore: null });
  api.listTransferPlaces = async () => ({ places: [], files: [], dialogs: false });
  const store = createKioskStore(api);
  await store.getState().loadContent();
  await store.getState().openPinPad();
  const admin = () => asAdmin(store.getState());
  store.setState({ token: 't', adminView: 'editor', working: contentFixture() } as never);
  admin().openSection(section as never);
  render(
    <KioskStoreProvider store={store}>
      <AdminScreen />
    </KioskStoreProvider>,
  );
  await act(async () => {});
  return {
    admin,
    /** The core's status changes; admin reads it again. */
    async change(next: CentralStatus | null) {
      status = { ...status, central: next };
      await act(() => admin().refreshAdminStatus());
    },
  };
}

/** Disabled itself or by a disabled fieldset around it, as a touch finds it. */
const isOff = (element: HTMLElement) => element.matches(':disabled');

const banner = () => screen.queryByRole('region', { name: 'Central content' });

describe('admin on a kiosk that follows the central source', () => {
  afterEach(cleanup);

  it('says where content comes from, once, and turns off every content editor', async () => {
    await openAdmin(CENTRAL);
    expect(banner()?.textContent).toContain(
      "Content comes from the bureau's central source (version 3).",
    );
    expect(screen.getAllByText(CENTRAL_LOCKED_MESSAGE)).toHaveLength(1);
    expect(isOff(screen.getByRole('button', { name: 'Publish' }))).toBe(true);
    const main = screen.getByRole('main');
    const controls = within(main).getAllByRole('button');
    expect(controls.length).toBeGreaterThan(3);
    expect(controls.every(isOff)).toBe(true);
  });

  it('keeps everything editable without a source', async () => {
    await openAdmin(null);
    expect(banner()).toBeNull();
    expect(screen.queryByText(CENTRAL_LOCKED_MESSAGE)).toBeNull();
    const controls = within(screen.getByRole('main')).getAllByRole('button');
    expect(controls.some((button) => !isOff(button))).toBe(true);
  });

  it('shows why and since when updates stopped, and takes it away when they come again', async () => {
    const { change } = await openAdmin(CENTRAL);
    const reason = 'The bundle folder could not be reached: connection refused.';
    await change({ ...CENTRAL, behindSince: '2026-12-06T16:00:00.000Z', reason });
    expect(within(banner()!).getByRole('status').textContent).toMatch(
      new RegExp(`^Not updated since .+: ${reason}$`),
    );
    await change(CENTRAL);
    expect(banner()?.textContent).not.toContain('Not updated');
    await change(null);
    expect(banner()).toBeNull();
  });

  it('lists central revisions by version and key, with no Restore', async () => {
    await openAdmin(CENTRAL, 'history');
    const revisions = screen.getByRole('list', { name: 'Revisions' });
    expect(revisions.textContent).toContain('Central content version 3 (key 1a2b3c4d5e6f7a8b)');
    expect(within(revisions).queryByRole('button', { name: /^Restore/ })).toBeNull();
  });

  it('keeps export, quitting and usage, but offers no import', async () => {
    await openAdmin(CENTRAL, 'transfer');
    expect(screen.queryByRole('heading', { name: 'Import' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Export' })).toBeTruthy();
    cleanup();
    await openAdmin(CENTRAL, 'settings');
    expect(isOff(screen.getByRole('textbox', { name: /Idle timeout/ }))).toBe(true);
    expect(isOff(screen.getByRole('button', { name: 'Quit the kiosk' }))).toBe(false);
  });
});
