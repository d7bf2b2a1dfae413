import { describe, expect, it, vi } from 'vitest';
import type { OperationInput } from '../../../electron/contract/api.ts';
import { createFakeKioskApi } from '../test-support/fake-kiosk-api.ts';
import { asAdmin } from '../store/admin/admin-store.ts';
import { createKioskStore, type KioskStore } from '../store/kiosk-store.ts';
import type { Clock } from './clock.ts';
import { startUsageRecording, USAGE_BATCH_MS } from './usage-recorder.ts';
import { USAGE_BATCH_MAX } from '../../../electron/contract/wire.ts';

/** Lets pending promise callbacks (a fetch answered by the fake) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type CountInput = OperationInput<'countUsage'>;

async function recording(
  countUsage: (input: CountInput) => Promise<undefined> = async () => undefined,
  prefersReducedMotion = false,
) {
  const api = createFakeKioskApi();
  const store = createKioskStore(api, { prefersReducedMotion });
  store.getState().connect();
  await settle();
  const spy = vi.fn(countUsage);
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let nextHandle = 1;
  const clock: Clock = {
    now: () => 0,
    setTimeout: (callback, ms) => {
      timers.set(nextHandle, { callback, ms });
      return nextHandle++;
    },
    clearTimeout: (handle) => void timers.delete(handle),
  };
  /** The batch timer fires, as it would after a quiet moment. */
  const quietMoment = () => {
    for (const [handle, { callback }] of [...timers]) {
      timers.delete(handle);
      callback();
    }
  };
  const stop = startUsageRecording(store, { countUsage: spy }, clock);
  const sent = () => {
    quietMoment();
    return spy.mock.calls.flatMap(([input]) => input.counts.map((c) => `${c.kind}:${c.key}`));
  };
  return { store, spy, stop, sent, timers, quietMoment };
}

const visit = (store: KioskStore) => store.getState();

describe('startUsageRecording', () => {
  it('counts each screen shown and each program opened', async () => {
    const { store, sent } = await recording();
    visit(store).begin();
    visit(store).openProgram('contracts');
    visit(store).openProgram('library');
    visit(store).openPrivacy();
    visit(store).openSearch();
    visit(store).openPhones();
    visit(store).goHome();
    expect(sent()).toEqual([
      'screen:home',
      'screen:program',
      'program:contracts',
      'screen:program',
      'program:library',
      'screen:privacy',
      'screen:search',
      'screen:phones',
      'screen:home',
    ]);
  });

  it('does not count a screen again while it stays on screen', async () => {
    const { store, sent } = await recording();
    visit(store).begin();
    visit(store).goHome();
    visit(store).openSearch();
    visit(store).openSearch();
    visit(store).setAccessibilityPanelOpen(true);
    expect(sent()).toEqual(['screen:home', 'screen:search']);
  });

  it('counts a switch to a language, on the attract screen too', async () => {
    const { store, sent } = await recording();
    visit(store).setLanguage('es');
    visit(store).setLanguage('es');
    visit(store).begin();
    visit(store).setLanguage('en');
    expect(sent()).toEqual(['language:es', 'screen:home', 'language:en']);
  });

  it('counts each accessibility feature when it is turned on, not when it is turned off', async () => {
    const { store, sent } = await recording();
    visit(store).setTextScale(1.25);
    visit(store).setTextScale(1.5);
    visit(store).setTextScale(1);
    for (const setting of ['highContrast', 'readAloud', 'reachMode', 'reducedMotion'] as const) {
      visit(store).toggleAccessibility(setting);
      visit(store).toggleAccessibility(setting);
    }
    expect(sent()).toEqual([
      'feature:text-size',
      'feature:high-contrast',
      'feature:read-aloud',
      'feature:reach-mode',
      'feature:reduced-motion',
    ]);
  });

  it("counts reduced motion only when the visitor turns it on, not the system's setting", async () => {
    const { store, sent } = await recording(undefined, true);
    visit(store).begin();
    visit(store).toggleAccessibility('reducedMotion');
    visit(store).resetVisit();
    expect(sent()).toEqual(['screen:home', 'screen:attract']);
    visit(store).toggleAccessibility('reducedMotion');
    visit(store).toggleAccessibility('reducedMotion');
    expect(sent().at(-1)).toBe('feature:reduced-motion');
  });

  it('counts the end of a visit as the attract screen, not as choices of the visitor', async () => {
    const { store, sent } = await recording();
    visit(store).begin();
    visit(store).setLanguage('es');
    visit(store).toggleAccessibility('highContrast');
    visit(store).resetVisit();
    expect(sent()).toEqual([
      'screen:home',
      'language:es',
      'feature:high-contrast',
      'screen:attract',
    ]);
  });

  it('never sends what is typed in Search', async () => {
    const { store, sent } = await recording();
    visit(store).begin();
    visit(store).openSearch();
    for (const key of 'MARIA 555') visit(store).typeKey(key);
    visit(store).deleteKey();
    visit(store).clearSearch();
    expect(sent()).toEqual(['screen:home', 'screen:search']);
    expect(JSON.stringify(sent())).not.toMatch(/maria|555/i);
  });

  it('swallows a failed count, whether the promise rejects or the bridge throws', async () => {
    const rejects = await recording(async () => {
      throw new Error('The kiosk is shutting down; try again.');
    });
    rejects.store.getState().begin();
    expect(rejects.store.getState().screen).toEqual({ name: 'home' });

    const throws = await recording(() => {
      throw new Error('no bridge');
    });
    throws.store.getState().begin();
    expect(() => throws.quietMoment()).not.toThrow();
    expect(throws.spy).toHaveBeenCalledTimes(1);
    // An unhandled rejection would fail the run once these settle.
    await settle();
  });

  it('counts nothing staff do: opening, using or leaving admin', async () => {
    const { store, spy, sent } = await recording();
    await visit(store).openPinPad();
    // As a sign-in leaves it: the fake core has no PIN to sign in with.
    store.setState({ adminView: 'editor', screen: { name: 'home' } });
    visit(store).openProgram('contracts');
    visit(store).setLanguage('es');
    visit(store).toggleAccessibility('highContrast');
    await asAdmin(visit(store)).exitAdmin();
    expect(store.getState()).toMatchObject({ adminView: 'closed', screen: { name: 'attract' } });
    expect(sent()).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });

  it("sends a visit's counts together, after a quiet moment", async () => {
    const { store, spy, timers, quietMoment } = await recording();
    visit(store).begin();
    visit(store).setLanguage('es');
    visit(store).openProgram('contracts');
    expect(spy).not.toHaveBeenCalled();
    expect([...timers.values()].map(({ ms }) => ms)).toEqual([USAGE_BATCH_MS]);
    quietMoment();
    expect(spy.mock.calls).toEqual([
      [
        {
          counts: [
            { kind: 'screen', key: 'home' },
            { kind: 'language', key: 'es' },
            { kind: 'screen', key: 'program' },
            { kind: 'program', key: 'contracts' },
          ],
        },
      ],
    ]);
  });

  it('never sends more counts in one call than the contract takes', async () => {
    const { store, spy, sent } = await recording();
    for (let i = 0; i < USAGE_BATCH_MAX; i += 1) {
      visit(store).openProgram(i % 2 === 0 ? 'contracts' : 'library');
    }
    expect(sent()).toHaveLength(USAGE_BATCH_MAX * 2);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    for (const [input] of spy.mock.calls) {
      expect(input.counts.length).toBeLessThanOrEqual(USAGE_BATCH_MAX);
    }
  });

  it('sends what is waiting when stopped, and counts nothing after', async () => {
    const { store, stop, spy, timers } = await recording();
    visit(store).begin();
    stop();
    expect(timers.size).toBe(0);
    expect(spy.mock.calls).toEqual([[{ counts: [{ kind: 'screen', key: 'home' }] }]]);
    visit(store).openSearch();
    expect(timers.size).toBe(0);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
