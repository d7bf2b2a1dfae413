import {
  DEFAULT_CHECK_EVERY_SECONDS,
  type CentralStatus,
  type ContentSource,
} from '../../contract/central-schema.ts';
import { DEFAULT_LOCAL_EDITING } from '../../contract/content-ownership.ts';
import { publicKeyFromText, type PinnedKey } from '../bundle/keys.ts';
import type { Now, Timers } from '../clock.ts';
import type { CheckedContent } from '../content/checked-content.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, nodeDurableFs, type DurableFs } from '../store/durable-fs.ts';
import { openBundleSource, type BundleSource } from './bundle-source.ts';
import { centralProblems } from './central-problems.ts';
import { openCentralStateFile, type CentralState } from './central-state.ts';
import { checkBundle, type CheckOutcome } from './check-bundle.ts';
import { openQuarantine } from './quarantine.ts';
import { createCheckSchedule } from './schedule.ts';

export interface CentralFollowerOptions {
  source: ContentSource;
  dataDir: string;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  fetch: typeof fetch;
  now: Now;
  timers: Timers;
  log: Logger;
  appVersion: string;
  random?: () => number;
  /**
   * Shows the content to visitors as a revision from the central source (in mode "all", unless
   * staff's edits keep it: `keptLocal`); rejects when it cannot.
   */
  apply(
    content: CheckedContent,
    from: { version: number; keyId: string },
  ): Promise<{ keptLocal: boolean }>;
  /**
   * Called after a check that changed what status() says beyond the time of the check (applied,
   * refused, back again): the heartbeat and admin say so at once, not at their next minute.
   */
  onChange?: () => void;
}

export interface CentralFollower {
  /** The first check soon, then on the schedule. */
  start(): void;
  /** One check now, after the one under way if any. */
  checkNow(): Promise<CentralStatus>;
  status(): CentralStatus;
  /** The lines for adminStatus.problems and heartbeat.problems. */
  problems(): string[];
  /** No more checks; resolves once the one under way has finished. */
  stop(): Promise<void>;
}

/**
 * Follows the bureau's signed bundle (see check-bundle.ts for what is refused): applies each new
 * version, keeps the last good content when the source is unreachable or refused, says why, and
 * keeps what failed verification in the quarantine. Reads central-source.json first, so a
 * replayed old version is refused from the first check on.
 */
export async function openCentralFollower(
  options: CentralFollowerOptions,
): Promise<CentralFollower> {
  const { source, dataDir, now, log, appVersion, apply } = options;
  const { fs = nodeDurableFs, platform = process.platform, random = Math.random } = options;
  const stateFile = openCentralStateFile({ dataDir, fs, platform, now, log });
  const quarantine = openQuarantine({ dataDir, now, log });
  const setup = setUp(source, options.fetch);
  const localEditing = source.localEditing ?? DEFAULT_LOCAL_EDITING;

  let record = await stateFile.read();
  let applied: CentralState | null = record.ok ? record.state : null;
  // What central-source.json holds: behind `applied` when a save failed, to be tried again.
  let saved = applied;
  let lastCheckAt: string | null = null;
  let behindSince: string | null = null;
  let reason: string | null = record.ok ? null : record.reason;
  // A web server is asked "changed since?" only after a check that succeeded: after a failure
  // the whole bundle is read again, so a retry is never answered from a refused manifest.
  let conditional = false;

  const status = (): CentralStatus => ({
    location: source.location,
    version: applied?.version ?? null,
    keyId: applied?.keyId ?? null,
    expiresAt: applied?.expiresAt ?? null,
    lastCheckAt,
    lastAppliedAt: applied?.appliedAt ?? null,
    behindSince,
    reason,
    localEditing,
    keptLocal: applied?.keptLocal === true,
  });

  const failed = (why: string, at: string): false => {
    if (reason !== why) log.warn(`Central content was not updated: ${why}`);
    reason = why;
    behindSince ??= at;
    conditional = false;
    return false;
  };

  const remember = async (next: CentralState, at: string): Promise<boolean> => {
    applied = next;
    try {
      await stateFile.write(next);
      saved = next;
    } catch (error) {
      return failed(
        `Version ${next.version} is shown, but the record of applied versions could not be saved: ${describeFsError(error)}.`,
        at,
      );
    }
    return true;
  };

  const succeeded = (): true => {
    if (reason !== null) log.info('Central content is up to date again.');
    reason = null;
    behindSince = null;
    conditional = true;
    return true;
  };

  const check = async (): Promise<boolean> => {
    const at = new Date(now()).toISOString();
    lastCheckAt = at;
    if (!setup.ok) return failed(setup.reason, at);
    if (!record.ok) {
      record = await stateFile.read();
      if (!record.ok) return failed(record.reason, at);
      applied = record.state;
      saved = applied;
    }
    let outcome: CheckOutcome;
    try {
      outcome = await checkBundle({
        source: setup.bundle,
        keys: setup.keys,
        applied,
        conditional,
        localEditing,
        now: now(),
        appVersion,
        apply,
      });
    } catch (error) {
      log.error('A check of the central source failed unexpectedly.', { error });
      return failed(`The check failed unexpectedly: ${(error as Error).message}`, at);
    }
    switch (outcome.kind) {
      case 'unchanged':
        return succeeded();
      case 'current':
        if (outcome.state !== saved && !(await remember(outcome.state, at))) return false;
        return succeeded();
      case 'applied':
        log.info(
          outcome.state.keptLocal === true
            ? `Central content version ${outcome.state.version} (key ${outcome.state.keyId}) verified; not shown, because staff's own edits are kept (localEditing "all").`
            : `Central content version ${outcome.state.version} (key ${outcome.state.keyId}) applied (localEditing "${localEditing}").`,
        );
        if (!(await remember(outcome.state, at))) return false;
        return succeeded();
      case 'failed':
        return failed(outcome.reason, at);
      case 'refused':
        await quarantine.keep(outcome.evidence, outcome.reason);
        return failed(outcome.reason, at);
    }
  };

  const checkAndTell = async (): Promise<boolean> => {
    const before = JSON.stringify({ ...status(), lastCheckAt: null });
    const result = await check();
    if (JSON.stringify({ ...status(), lastCheckAt: null }) !== before) options.onChange?.();
    return result;
  };

  const schedule = createCheckSchedule({
    timers: options.timers,
    intervalMs: (source.checkEverySeconds ?? DEFAULT_CHECK_EVERY_SECONDS) * 1000,
    random,
    check: checkAndTell,
  });

  return {
    start: () => schedule.start(),
    async checkNow() {
      await schedule.runNow();
      return status();
    },
    status,
    problems: () => centralProblems(status(), now()),
    stop: () => schedule.stop(),
  };
}

type Setup = { ok: true; keys: PinnedKey[]; bundle: BundleSource } | { ok: false; reason: string };

/**
 * The policy's keys and location. The policy's schema refuses what cannot be used; one that got
 * past it all the same refuses every bundle rather than stopping the kiosk.
 */
function setUp(source: ContentSource, fetch: typeof globalThis.fetch): Setup {
  let keys: PinnedKey[];
  try {
    keys = source.publicKeys.map((text) => publicKeyFromText(text));
  } catch (error) {
    return {
      ok: false,
      reason: `A public key in the policy's contentSource cannot be used: ${(error as Error).message}`,
    };
  }
  try {
    return { ok: true, keys, bundle: openBundleSource({ location: source.location, fetch }) };
  } catch (error) {
    return {
      ok: false,
      reason: `The policy's contentSource.location cannot be used: ${(error as Error).message}`,
    };
  }
}
