// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../../electron/contract/api.ts';
import { ApiError } from '../../../../electron/contract/errors.ts';
import type { FleetRow } from '../../../../electron/contract/fleet-schema.ts';
import type { PublisherStatus } from '../../../../electron/contract/publisher-status.ts';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AdminScreen } from './admin-screen.tsx';

const PUBLISHER: PublisherStatus = {
  bundleFolder: '/srv/kiosk-bundle',
  version: 6,
  expiresAt: '2027-01-01T12:00:00.000Z',
  keyHeld: false,
};

const ROW: FleetRow = {
  kioskName: 'Lobby A',
  state: 'ok',
  ageSeconds: 42,
  clockAhead: false,
  appVersion: '1.4.2',
  contentRevision: 12,
  centralVersion: 7,
  behindReason: null,
  keptLocal: false,
  problem: null,
};

type Fleet = OperationOutput<'readFleetStatus'>;

/** Admin open on the publishing PC (or a kiosk, with `publisher` null), the core answering `answers` in turn. */
async function openAdmin(publisher: PublisherStatus | null, answers: Array<Fleet | Error>) {
  const api = createFakeKioskApi();
  const tokens: string[] = [];
  const status = { pinSet: true, lockedUntil: null, attemptsLeft: 5, problems: [], publisher };
  api.adminStatus = async () => status;
  api.readFleetStatus = async ({ token }) => {
    tokens.push(token);
    const answer = answers.shift();
    if (answer === undefined) throw new Error('asked once too often');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const store = createKioskStore(api);
  await store.getState().loadContent();
  await store.getState().openPinPad();
  const admin = () => asAdmin(store.getState());
  store.setState({ token: 't', adminView: 'editor', working: contentFixture() } as never);
  await act(() => admin().refreshAdminStatus());
  render(
    <KioskStoreProvider store={store}>
      <AdminScreen />
    </KioskStoreProvider>,
  );
  await act(async () => {});
  return { admin, tokens };
}

const kiosksTab = () => screen.queryByRole('button', { name: 'Kiosks' });
const stateOf = (kiosk: string) =>
  within(screen.getByRole('row', { name: new RegExp(`^${kiosk}`) })).getAllByRole('cell')[0]
    ?.textContent;

describe('the Kiosks section', () => {
  afterEach(cleanup);

  it('is offered only on the publishing PC', async () => {
    await openAdmin(null, []);
    expect(kiosksTab()).toBeNull();
    cleanup();
    await openAdmin(PUBLISHER, []);
    expect(kiosksTab()).not.toBeNull();
  });

  it('shows each kiosk in words, and checks again when asked', async () => {
    const first: Fleet = {
      judgedAt: '2026-12-06T12:00:00.000Z',
      rows: [ROW, { ...ROW, kioskName: 'Lobby B', ageSeconds: 30 }],
    };
    const second: Fleet = {
      judgedAt: '2026-12-06T12:04:00.000Z',
      rows: [ROW, { ...ROW, kioskName: 'Lobby B', state: 'late', ageSeconds: 270 }],
    };
    const { tokens } = await openAdmin(PUBLISHER, [first, second]);
    await act(async () => {
      fireEvent.click(kiosksTab()!);
    });
    expect(stateOf('Lobby A')).toBe('OK');
    expect(stateOf('Lobby B')).toBe('OK');
    expect(screen.getByText('2 kiosks: 2 OK, 0 late, 0 down, 0 unreadable.')).toBeTruthy();
    expect(
      screen.getByText(/late after 3 min without a new status, down after 15 min\.$/),
    ).toBeTruthy();

    const again = screen.getByRole('button', { name: 'Check again' });
    expect(again.className).toContain('admin-button');
    await act(async () => {
      fireEvent.click(again);
    });
    expect(stateOf('Lobby B')).toBe('Late');
    expect(screen.getByRole('row', { name: /^Lobby B/ }).textContent).toContain('4 min');
    expect(tokens).toEqual(['t', 't']);
  });

  it("keeps the last table and says the core's words when a check fails", async () => {
    const fleet: Fleet = { judgedAt: '2026-12-06T12:00:00.000Z', rows: [ROW] };
    const refused = new ApiError(
      'bad_request',
      "IT sets statusFolder in the publishing PC's policy to the kiosks' status folder.",
    );
    await openAdmin(PUBLISHER, [fleet, refused]);
    await act(async () => {
      fireEvent.click(kiosksTab()!);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    expect(screen.getByRole('alert').textContent).toBe(refused.message);
    expect(stateOf('Lobby A')).toBe('OK');
  });
});
