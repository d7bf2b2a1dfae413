import type { EventName, KioskApi } from '../../../electron/contract/api.ts';
import { ApiError } from '../../../electron/contract/errors.ts';
import type { Content } from '../../../electron/contract/content-schema.ts';
import { NO_POLICY_SUMMARY } from '../../../electron/contract/policy-schema.ts';
import { contentFixture } from './content-fixture.ts';

export interface FakeKioskApi extends KioskApi {
  /** How many times content was fetched. */
  readonly fetches: number;
  /** How many heartbeats the app sent. */
  readonly beats: number;
  /** The screen failures the app reported, oldest first. */
  readonly screenErrors: { screen: string; message: string }[];
  /** Publishes new content as the core would: a new revision, then a contentChanged event. */
  publish(content: Content): void;
  /** Tells the app that the core's central status changed, as the core does after a check. */
  centralChanged(): void;
  /** How many listeners an event has, to check that subscriptions are let go. */
  listeners(event: EventName): number;
  /** Makes the next fetches fail with this error (or succeed again with null). */
  failWith(error: Error | null): void;
}

const signedOut = async (): Promise<never> => {
  throw new ApiError('unauthorized', 'Admin is signed out. Enter the PIN to continue.');
};

/** An in-memory KioskApi for store and component tests. */
export function createFakeKioskApi(initial: Content = contentFixture()): FakeKioskApi {
  let content = initial;
  let revision = 1;
  let failure: Error | null = null;
  let fetches = 0;
  let beats = 0;
  const screenErrors: { screen: string; message: string }[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const emit = (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  return {
    get fetches() {
      return fetches;
    },
    get beats() {
      return beats;
    },
    screenErrors,
    reportScreenError: async (report) => {
      screenErrors.push(report);
    },
    rendererAlive: async () => {
      beats++;
    },
    reportMissingVoices: async () => undefined,
    async getPublishedContent() {
      fetches++;
      if (failure) throw failure;
      return { revision, content };
    },
    adminStatus: async () => ({ pinSet: false, lockedUntil: null, attemptsLeft: 0 }),
    adminSignIn: async () => {
      throw new ApiError('forbidden', 'Admin is closed until IT sets a PIN.');
    },
    adminSignOut: async () => undefined,
    readAuditLog: signedOut,
    quitKiosk: signedOut,
    readStoreAlerts: signedOut,
    getDraft: signedOut,
    saveDraft: signedOut,
    discardDraft: signedOut,
    publishDraft: signedOut,
    listRevisions: signedOut,
    restoreRevision: signedOut,
    checkImport: signedOut,
    importAsDraft: signedOut,
    exportContent: signedOut,
    listTransferPlaces: signedOut,
    saveExport: signedOut,
    readImportFile: signedOut,
    countUsage: async () => undefined,
    readKioskPolicy: async () => NO_POLICY_SUMMARY,
    readUsage: signedOut,
    setUsageCounting: signedOut,
    exportUsageCsv: signedOut,
    publishToKiosks: signedOut,
    readFleetStatus: signedOut,
    on(event, listener) {
      const typed = listener as (payload: unknown) => void;
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(typed));
      return () => {
        set.delete(typed);
      };
    },
    listeners(event) {
      return listeners.get(event)?.size ?? 0;
    },
    publish(next) {
      content = next;
      revision++;
      emit('contentChanged', { revision });
    },
    centralChanged() {
      emit('centralChanged', {});
    },
    failWith(error) {
      failure = error;
    },
  };
}
