import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { createKioskStore, KEPT_ACROSS_VISITS } from './kiosk-store.ts';
import { selectCurrentProgram, selectPrograms, selectUiText } from './selectors.ts';

/** Lets pending promise callbacks (a fetch answered by the fake) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadedStore() {
  const api = createFakeKioskApi();
  const store = createKioskStore(api);
  const stop = store.getState().connect();
  await settle();
  return { api, store, stop };
}

describe('navigation', () => {
  it('starts on the attract screen and goes home on begin', () => {
    const store = createKioskStore(createFakeKioskApi());
    expect(store.getState().screen).toEqual({ name: 'attract' });
    store.getState().begin();
    expect(store.getState().screen).toEqual({ name: 'home' });
  });

  it('opens a program, the privacy notice, and goes home again', async () => {
    const { store } = await loadedStore();
    store.getState().openProgram('contracts');
    expect(selectCurrentProgram(store.getState())?.title.en).toBe('Contracts');
    store.getState().openPrivacy();
    expect(store.getState().screen).toEqual({ name: 'privacy' });
    store.getState().goHome();
    expect(store.getState().screen).toEqual({ name: 'home' });
  });

  it('goes back the way the visitor came, as far as home', async () => {
    const { store } = await loadedStore();
    store.getState().begin();
    store.getState().openSearch();
    store.getState().openProgram('contracts');
    store.getState().openProgram('contracts');
    store.getState().openPrivacy();
    const back = () => {
      store.getState().back();
      return store.getState().screen;
    };
    expect(back()).toEqual({ name: 'program', programId: 'contracts' });
    expect(back()).toEqual({ name: 'search' });
    expect(back()).toEqual({ name: 'home' });
    expect(back()).toEqual({ name: 'home' });
  });

  it('starts the way back over at home, and forgets it when the visit resets', async () => {
    const { store } = await loadedStore();
    store.getState().begin();
    store.getState().openPrivacy();
    store.getState().goHome();
    store.getState().back();
    expect(store.getState().screen).toEqual({ name: 'home' });
    store.getState().openPhones();
    store.getState().resetVisit();
    expect(store.getState().history).toEqual([]);
  });

  it('goes home rather than open a program that does not exist', async () => {
    const { store } = await loadedStore();
    store.getState().openProgram('no-such-program');
    expect(store.getState().screen).toEqual({ name: 'home' });
  });
});

describe('content', () => {
  it('loads the published content on connect', async () => {
    const { api, store } = await loadedStore();
    expect(api.fetches).toBe(1);
    expect(store.getState().revision).toBe(1);
    expect(selectPrograms(store.getState())).toHaveLength(6);
    expect(store.getState().loadError).toBeNull();
  });

  it('refetches live when the core says the content changed', async () => {
    const { api, store } = await loadedStore();
    const next = contentFixture();
    next.programs[0]!.title.en = 'Certificates';

    api.publish(next);
    await settle();

    expect(api.fetches).toBe(2);
    expect(store.getState().revision).toBe(2);
    expect(selectPrograms(store.getState())[0]?.title.en).toBe('Certificates');
  });

  it('sends the visitor home when the program on screen is removed', async () => {
    const { api, store } = await loadedStore();
    store.getState().openProgram('library');
    const next = contentFixture();
    next.programs = next.programs.filter((p) => p.id !== 'library');

    api.publish(next);
    await settle();

    expect(store.getState().screen).toEqual({ name: 'home' });
  });

  it('stops following changes once disconnected', async () => {
    const { api, stop } = await loadedStore();
    stop();
    expect(api.listeners('contentChanged')).toBe(0);
    api.publish(contentFixture());
    await settle();
    expect(api.fetches).toBe(1);
  });

  it('records a failed load, and a retry recovers', async () => {
    const api = createFakeKioskApi();
    api.failWith(new Error('The content store is not ready'));
    const store = createKioskStore(api);
    store.getState().connect();
    await settle();
    expect(store.getState().content).toBeNull();
    expect(store.getState().loadError).toBe('The content store is not ready');

    api.failWith(null);
    await store.getState().loadContent();
    expect(store.getState().content).not.toBeNull();
    expect(store.getState().loadError).toBeNull();
  });

  it('ignores an answer older than the content it already has', async () => {
    const { store } = await loadedStore();
    const shown = store.getState().content;
    store.setState({ revision: 5 });

    await store.getState().loadContent();

    expect(store.getState().revision).toBe(5);
    expect(store.getState().content).toBe(shown);
  });

  it('starts on the content the page arrived with, then follows the core', async () => {
    const api = createFakeKioskApi();
    const seeded = contentFixture();
    seeded.programs[0]!.title.en = 'From the page';
    const store = createKioskStore(api, { seed: { revision: 1, content: seeded } });
    expect(store.getState().screen).toEqual({ name: 'attract' });
    expect(selectPrograms(store.getState())[0]?.title.en).toBe('From the page');

    store.getState().connect();
    await settle();
    // The core answers with revision 1 too: the same content, kept as it is (no re-render).
    expect(api.fetches).toBe(1);
    expect(store.getState().content).toBe(seeded);

    const next = contentFixture();
    next.programs[0]!.title.en = 'Published since';
    api.publish(next);
    await settle();
    expect(store.getState().revision).toBe(2);
    expect(selectPrograms(store.getState())[0]?.title.en).toBe('Published since');
  });

  it('takes the core’s newer content when the page arrived with an older revision', async () => {
    const api = createFakeKioskApi();
    const seeded = contentFixture();
    seeded.programs[0]!.title.en = 'Old page';
    api.publish(contentFixture());
    const store = createKioskStore(api, { seed: { revision: 1, content: seeded } });
    store.getState().connect();
    await settle();
    expect(store.getState().revision).toBe(2);
    expect(selectPrograms(store.getState())[0]?.title.en).toBe('Professional Certificates');
  });

  it('keeps the content on screen when a refresh fails', async () => {
    const { api, store } = await loadedStore();
    api.failWith(new Error('gone'));
    await store.getState().loadContent();
    expect(selectPrograms(store.getState())).toHaveLength(6);
    expect(store.getState().loadError).toBe('gone');
  });
});

describe('resetVisit', () => {
  it('puts back the initial screen and language and keeps the content', async () => {
    const { store } = await loadedStore();
    store.getState().openProgram('contracts');
    store.getState().setLanguage('es');
    expect(selectUiText(store.getState()).home).toBe('Inicio');

    store.getState().resetVisit();

    const state = store.getState();
    expect(state.screen).toEqual({ name: 'attract' });
    expect(state.language).toBe('en');
    expect(state.content).not.toBeNull();
  });

  it('resets every piece of visitor state, including any a later slice adds', async () => {
    const { store } = await loadedStore();
    const initial = store.getInitialState();
    const kept = new Set<string>(KEPT_ACROSS_VISITS);
    const visitKeys = Object.keys(initial).filter(
      (key) => !kept.has(key) && typeof initial[key as keyof typeof initial] !== 'function',
    );
    expect(visitKeys).toEqual(expect.arrayContaining(['screen', 'language', 'idleSecondsLeft']));
    // A visitor leaves every value changed; a sentinel no slice would choose stands in for it.
    store.setState(Object.fromEntries(visitKeys.map((key) => [key, { left: 'by a visitor' }])));

    store.getState().resetVisit();

    for (const key of visitKeys) {
      expect(store.getState()[key as keyof typeof initial]).toEqual(
        initial[key as keyof typeof initial],
      );
    }
    expect(store.getState().content).not.toBeNull();
  });
});

describe('the clock', () => {
  const at = (hh: number, mm: number, ss = 0) => new Date(2026, 11, 24, hh, mm, ss).getTime();

  it('holds whole minutes, from the time the store starts', () => {
    const store = createKioskStore(createFakeKioskApi(), { startedAt: at(8, 5, 42) });
    expect(store.getState().now).toBe(at(8, 5));
    store.getState().setNow(at(8, 6, 1));
    expect(store.getState().now).toBe(at(8, 6));
  });

  it('is not put back by a visit reset: the time of day is no visitor’s', async () => {
    const { store } = await loadedStore();
    store.getState().setNow(at(9, 0));
    store.getState().resetVisit();
    expect(store.getState().now).toBe(at(9, 0));
  });
});

describe('hidden programs', () => {
  it('are left out of what visitors see, and cannot be opened', async () => {
    const content = contentFixture();
    content.programs.find((p) => p.id === 'contracts')!.hidden = true;
    const store = createKioskStore(createFakeKioskApi(content));
    await store.getState().loadContent();

    const titles = selectPrograms(store.getState()).map((p) => p.title.en);
    expect(titles).not.toContain('Contracts');
    expect(titles).toHaveLength(content.programs.length - 1);
    expect(selectPrograms(store.getState())).toBe(selectPrograms(store.getState()));
    store.getState().openProgram('contracts');
    expect(store.getState().screen).toEqual({ name: 'home' });
  });
});
