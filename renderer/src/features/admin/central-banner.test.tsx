// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CENTRAL_LOCKED_MESSAGE,
  type CentralStatus,
} from '../../../../electron/contract/central-schema.ts';
import type { LocalEditing } from '../../../../electron/contract/content-ownership.ts';
import type { Draft, RevisionInfo } from '../../../../electron/contract/editing-schema.ts';
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

/** A saved draft with a change to publish, so Publish is off only for the central source. */
const DRAFT: Draft = {
  content: contentFixture(),
  baseRevision: 1,
  savedAt: '2026-12-06T16:00:00.000Z',
  changes: ['Added Announcement 1'],
  records: [
    {
      kind: 'added',
      area: 'announcements',
      where: 'Announcement 1',
      from: '',
      to: 'Closed Friday',
      text: false,
    },
  ],
};

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
  store.setState({
    token: 't',
    adminView: 'editor',
    working: contentFixture(),
    draft: DRAFT,
    draftState: 'saved',
  } as never);
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

const NOTE = /^Managed centrally: /;

/** The open section as staff find it: its note, if any, and whether anything in it can be used. */
function section() {
  const main = screen.getByRole('main');
  const controls = [
    ...within(main).queryAllByRole('button'),
    ...within(main).queryAllByRole('textbox'),
  ];
  return {
    note: within(main).queryByText(NOTE)?.textContent ?? null,
    usable: controls.some((control) => !isOff(control)),
  };
}

const publishOn = () => !isOff(screen.getByRole('button', { name: 'Publish' }));

describe('admin on a kiosk that follows the central source', () => {
  afterEach(cleanup);

  it('says where content comes from, once, and turns off every content editor', async () => {
    await openAdmin(CENTRAL);
    expect(banner()?.textContent).toContain(
      "Content comes from the bureau's central source (version 3).",
    );
    expect(screen.getAllByText(CENTRAL_LOCKED_MESSAGE)).toHaveLength(1);
    expect(section().note).toBe(
      "Managed centrally: the programs come from the bureau's publishing PC and cannot be changed on this kiosk.",
    );
    expect(publishOn()).toBe(false);
    const main = screen.getByRole('main');
    const controls = within(main).getAllByRole('button');
    expect(controls.length).toBeGreaterThan(3);
    expect(controls.every(isOff)).toBe(true);
  });

  it('keeps everything editable without a source', async () => {
    await openAdmin(null);
    expect(banner()).toBeNull();
    expect(screen.queryByText(CENTRAL_LOCKED_MESSAGE)).toBeNull();
    expect(section()).toEqual({ note: null, usable: true });
    expect(publishOn()).toBe(true);
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

/** The kiosk follows the central source in `mode`, admin open on `name`. */
const inMode = (mode: LocalEditing, name: string, patch: Partial<CentralStatus> = {}) =>
  openAdmin({ ...CENTRAL, localEditing: mode, ...patch }, name);

const CONTENT_SECTIONS = ['programs', 'announcements', 'hours', 'privacy', 'settings'] as const;

/** Each content section in turn: those locked, each with its note. */
async function lockedSections(mode: LocalEditing) {
  const locked: string[] = [];
  for (const name of CONTENT_SECTIONS) {
    await inMode(mode, name);
    const { note, usable } = section();
    // Settings keeps quitting on whatever the mode: its own controls are what the lock turns off.
    const editable =
      name === 'settings' ? !isOff(screen.getByRole('textbox', { name: /Idle timeout/ })) : usable;
    // A note on an editable section, or none on a locked one, would tell staff the wrong thing.
    expect(note !== null).toBe(!editable);
    if (note !== null) locked.push(name);
    cleanup();
  }
  return locked;
}

describe('what staff may change in each mode of localEditing', () => {
  afterEach(cleanup);

  it('"none": every section locked with its note; no publish, restore or import', async () => {
    expect(await lockedSections('none')).toEqual([...CONTENT_SECTIONS]);
    await inMode('none', 'history');
    expect(publishOn()).toBe(false);
    expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
    expect(banner()?.textContent).toContain(CENTRAL_LOCKED_MESSAGE);
    cleanup();
    await inMode('none', 'transfer');
    expect(screen.queryByRole('heading', { name: 'Import' })).toBeNull();
  });

  it('"announcements-and-hours": announcements and hours are staff\'s, the rest locked', async () => {
    expect(await lockedSections('announcements-and-hours')).toEqual([
      'programs',
      'privacy',
      'settings',
    ]);
    await inMode('announcements-and-hours', 'programs');
    expect(publishOn()).toBe(true);
    expect(banner()?.textContent).toContain(
      'The programs, the privacy notice and the kiosk settings are managed centrally on the publishing PC. Staff here change announcements and office hours.',
    );
    expect(banner()?.textContent).not.toContain(CENTRAL_LOCKED_MESSAGE);
  });

  it('"announcements-and-hours": Restore and Import say they take only announcements and hours', async () => {
    await inMode('announcements-and-hours', 'history');
    expect(screen.getByRole('button', { name: 'Restore revision 2' })).toBeTruthy();
    expect(
      screen.getByText(
        'Restore brings back only announcements and office hours here; the rest stays as the central content has it.',
      ),
    ).toBeTruthy();
    cleanup();
    await inMode('announcements-and-hours', 'transfer');
    expect(screen.getByRole('heading', { name: 'Import' })).toBeTruthy();
    expect(
      screen.getByText(
        'Import takes only announcements and office hours from a file here; the rest stays as the central content has it.',
      ),
    ).toBeTruthy();
  });

  it('"all": nothing locked, and Restore and Import take everything', async () => {
    expect(await lockedSections('all')).toEqual([]);
    await inMode('all', 'history');
    expect(publishOn()).toBe(true);
    expect(screen.getByRole('button', { name: 'Restore revision 2' })).toBeTruthy();
    expect(screen.queryByText(/^Restore brings back only/)).toBeNull();
    expect(banner()?.textContent).toContain(
      "Staff here can change everything. The bureau's central content fills this kiosk only until it is edited here.",
    );
    expect(banner()?.textContent).not.toContain('was not applied');
    cleanup();
    await inMode('all', 'transfer');
    expect(screen.getByRole('heading', { name: 'Import' })).toBeTruthy();
    expect(screen.queryByText(/^Import takes only/)).toBeNull();
  });

  it('"all": says a central version was kept back for the edits made here', async () => {
    await inMode('all', 'programs', { keptLocal: true });
    expect(banner()?.textContent).toContain(
      "Version 3 of the central content was not applied: this kiosk's own edits are kept.",
    );
  });

  it('follows a change of mode while admin is open', async () => {
    const { change } = await inMode('none', 'announcements');
    expect(section().usable).toBe(false);
    await change({ ...CENTRAL, localEditing: 'announcements-and-hours' });
    expect(section()).toEqual({ note: null, usable: true });
    expect(publishOn()).toBe(true);
  });
});

describe('a number the central directory does not have, in text staff edit here', () => {
  afterEach(cleanup);

  /** Announcement 1 says `words`, typed into the working copy. */
  async function announce(admin: () => ReturnType<typeof asAdmin>, words: string) {
    await act(async () =>
      admin().changeWorking((c) => {
        c.announcements = [{ id: 'n', text: { en: words, es: '' }, startsAt: '', endsAt: '' }];
      }),
    );
  }
  const flags = () => screen.queryByRole('note');

  it('is marked in Announcements until staff change it to a number the directory has', async () => {
    const { admin } = await inMode('announcements-and-hours', 'announcements');
    await announce(admin, 'Questions? Call 227-4299.');
    expect(flags()?.textContent).toBe(
      "Check this number: the bureau's central content does not have it (any more).Announcement 1 › Text (English): 227-4299",
    );

    await announce(admin, 'Questions? Call 227-4253.');
    expect(flags()).toBeNull();
  });

  it('is not marked where the directory is staff’s own too', async () => {
    const { admin } = await inMode('all', 'announcements');
    await announce(admin, 'Questions? Call 227-4299.');
    expect(flags()).toBeNull();
  });
});
