// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../../electron/contract/api.ts';
import type { RevisionInfo } from '../../../../electron/contract/editing-schema.ts';
import { ApiError } from '../../../../electron/contract/errors.ts';
import type { PublisherStatus } from '../../../../electron/contract/publisher-status.ts';
import { asAdmin } from '../../store/admin/admin-store.ts';
import { createKioskStore } from '../../store/kiosk-store.ts';
import { KioskStoreProvider } from '../../store/store-context.tsx';
import { contentFixture } from '../../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../../test-support/fake-kiosk-api.ts';
import { AdminScreen } from './admin-screen.tsx';

const SENT: PublisherStatus = {
  bundleFolder: '/srv/kiosk-bundle',
  version: 6,
  expiresAt: '2027-01-01T12:00:00.000Z',
  keyHeld: false,
};

const REVISION: RevisionInfo = {
  number: 12,
  time: '2026-12-06T15:00:00.000Z',
  initials: 'AB',
  kind: 'publish',
  changes: [],
};

type Send = OperationInput<'publishToKiosks'>;

/** Admin open on the publishing PC (or a kiosk, with `publisher` null), as the core says. */
async function openAdmin(
  publisher: PublisherStatus | null,
  answer: (input: Send) => Promise<void> = async () => undefined,
) {
  const api = createFakeKioskApi();
  const sends: Send[] = [];
  let status = { pinSet: true, lockedUntil: null, attemptsLeft: 5, problems: [], publisher };
  let revisions = [REVISION];
  api.adminStatus = async () => status;
  api.listRevisions = async () => ({ revisions, nextBefore: null });
  api.publishToKiosks = async (input) => {
    sends.push(input);
    await answer(input);
    const at = '2026-12-06T16:00:00.000Z';
    status = {
      ...status,
      publisher: { ...SENT, version: 7, expiresAt: '2027-01-05T12:00:00.000Z' },
    };
    revisions = [{ ...REVISION, sentAs: { version: 7, keyId: '1a2b3c4d5e6f7a8b', at } }];
    return {
      version: 7,
      keyId: '1a2b3c4d5e6f7a8b',
      expiresAt: '2027-01-05T12:00:00.000Z',
      revision: 12,
    };
  };
  const store = createKioskStore(api);
  await store.getState().loadContent();
  await store.getState().openPinPad();
  const admin = () => asAdmin(store.getState());
  store.setState({ token: 't', adminView: 'editor', working: contentFixture() } as never);
  await act(() => admin().refreshAdminStatus());
  admin().openSection('history');
  render(
    <KioskStoreProvider store={store}>
      <AdminScreen />
    </KioskStoreProvider>,
  );
  await act(async () => {});
  return { admin, sends };
}

const sendButton = () => screen.queryByRole('button', { name: 'Publish to all kiosks' });
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('publishing to all kiosks', () => {
  // jsdom lays nothing out; the staff keyboard scrolls the field it types in into view.
  beforeAll(() => {
    Element.prototype.scrollIntoView = () => undefined;
  });
  afterEach(cleanup);

  it('is offered only on the publishing PC', async () => {
    await openAdmin(null);
    expect(sendButton()).toBeNull();
    expect(screen.queryByText(/Kiosks' content/)).toBeNull();
  });

  it("shows the kiosks' version and expiry, and a target a finger can use", async () => {
    await openAdmin(SENT);
    expect(screen.getByText("Kiosks' content: version 6, expires Jan 1, 2027")).toBeTruthy();
    expect(sendButton()?.className).toContain('admin-button');
    expect(sendButton()?.matches(':disabled')).toBe(false);
  });

  it('asks staff to send again when the kiosks content soon expires and no key is held', async () => {
    const expiresAt = new Date(Date.now() + 3 * 24 * 60 * 60_000).toISOString();
    await openAdmin({ ...SENT, expiresAt, keyHeld: false });
    expect(
      screen.getByText(/^The kiosks' content expires on .+\. Send it to all kiosks again/),
    ).toBeTruthy();
    cleanup();
    await openAdmin({ ...SENT, expiresAt, keyHeld: true });
    expect(screen.queryByText(/Send it to all kiosks again/)).toBeNull();
  });

  it('is off, and says why, while a draft is not published', async () => {
    const { admin } = await openAdmin(SENT);
    act(() => admin().setDraftState('unsaved'));
    const button = sendButton()!;
    expect(button.matches(':disabled')).toBe(true);
    const reason = document.getElementById(button.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe(
      'Publish your draft first (Publish), then send it to all kiosks.',
    );
  });

  it('asks for the passphrase before sending, then sends and says where it went', async () => {
    const { sends } = await openAdmin(SENT);
    fireEvent.click(sendButton()!);
    const panel = screen.getByRole('dialog', { name: 'Publish to all kiosks' });
    type('Your initials', 'AB');
    fireEvent.click(within(panel).getByRole('button', { name: 'Sign and send' }));
    expect(within(panel).getByText("Type the key's passphrase.")).toBeTruthy();
    expect(sends).toHaveLength(0);

    type("The key's passphrase", 'correct horse');
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Sign and send' }));
    });
    expect(sends).toEqual([{ token: 't', passphrase: 'correct horse', initials: 'AB' }]);
    expect(within(panel).getByRole('status').textContent).toBe(
      'Sent to all kiosks as version 7. Each kiosk shows it at its next check (every 5 minutes unless IT set another interval).',
    );
    expect((screen.getByLabelText("The key's passphrase") as HTMLInputElement).value).toBe('');
    expect(screen.getAllByText("Kiosks' content: version 7, expires Jan 5, 2027").length).toBe(2);
    const history = screen.getByRole('list', { name: 'Revisions' });
    expect(history.textContent).toContain('Sent to all kiosks as version 7');
  });

  it("shows the core's words when it refuses", async () => {
    const words = 'The passphrase does not open the key. Type it again.';
    await openAdmin(SENT, async () => {
      throw new ApiError('bad_request', words);
    });
    fireEvent.click(sendButton()!);
    const panel = screen.getByRole('dialog', { name: 'Publish to all kiosks' });
    type("The key's passphrase", 'wrong');
    type('Your initials', 'AB');
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Sign and send' }));
    });
    expect(within(panel).getByRole('status').textContent).toBe(words);
    // The header and the panel both still say the version the kiosks had.
    expect(screen.getAllByText("Kiosks' content: version 6, expires Jan 1, 2027")).toHaveLength(2);
  });
});
