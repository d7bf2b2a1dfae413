import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Manifest } from '../../contract/bundle-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import { DEFAULT_EXPIRES_DAYS, type PublisherSettings } from '../../contract/policy-schema.ts';
import type { PublisherStatus, SentAs } from '../../contract/publisher-status.ts';
import type { AuditLog } from '../admin/audit-log.ts';
import { recordFirst } from '../admin/record-first.ts';
import { readCurrentManifest } from '../bundle/bundle-folder.ts';
import { keyIdOf, privateKeyFromPem } from '../bundle/keys.ts';
import { resignBundle, signBundle } from '../bundle/sign-bundle.ts';
import type { Now, Timers } from '../clock.ts';
import { contentText } from '../content/checked-content.ts';
import type { EditingService } from '../editing/editing-service.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import { describeFsError } from '../store/durable-fs.ts';
import type { BundleHistory } from './bundle-history.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The bundle is re-signed, or staff are told to send it again, this close to its expiry. */
export const RENEW_WITHIN_MS = 7 * DAY_MS;
export const FIRST_CHECK_MS = 60 * 1000;
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export const NOT_PUBLISHER =
  'This kiosk is not the publishing PC, so it cannot send content to all kiosks. IT sets "role": "publisher" in the publishing PC\'s policy file.';
export const DRAFT_FIRST = 'Publish your draft first (Publish), then send it to all kiosks.';

export interface PublisherOptions {
  settings: PublisherSettings;
  store: ContentStore;
  editing: EditingService;
  audit: AuditLog;
  history: BundleHistory;
  log: Logger;
  now: Now;
  timers: Timers;
  /** The lowest app version that shows the content: this app's. */
  appVersion: string;
  platform?: NodeJS.Platform | undefined;
}

export interface PublishResult {
  version: number;
  keyId: string;
  expiresAt: string;
  revision: number;
}

export interface Publisher {
  /** Signs what visitors see now into the bundle folder; ApiError in staff's words otherwise. */
  publish(passphrase: string, initials: string): Promise<PublishResult>;
  status(): PublisherStatus;
  /** The expiry line for adminStatus.problems and the heartbeat, when staff must act. */
  problems(): string[];
  /** How History labels a revision: the latest time it was sent to all kiosks. */
  sentAs(revision: number): SentAs | undefined;
  /** Reads the bundle folder's manifest, then checks it every hour (the first after a minute). */
  start(): Promise<void>;
  /** Resolves once a check or send under way has finished. */
  stop(): Promise<void>;
}

/**
 * The publishing PC's side of central content: signs the published content for every kiosk,
 * and while the app runs keeps the key it last signed with (in memory, never on disk) to
 * re-sign the same content before kiosks stop trusting it. Every send and re-sign is written in
 * the audit log before it is made; one that then fails gets a second line saying so.
 */
export function createPublisher(options: PublisherOptions): Publisher {
  const { settings, audit, log, now, timers } = options;
  const expiresDays = settings.expiresDays ?? DEFAULT_EXPIRES_DAYS;
  const platform = options.platform ?? process.platform;
  let manifest: Manifest | null = null;
  let heldKey: KeyObject | null = null;
  let timer: unknown = null;
  let stopped = false;
  // One signing at a time: a send and a re-sign both write the manifest pair.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readManifest(): Promise<void> {
    try {
      manifest = await readCurrentManifest(settings.bundleFolder);
    } catch (error) {
      manifest = null;
      log.warn(`The bundle folder's manifest could not be read: ${(error as Error).message}`);
    }
  }

  async function openKey(passphrase: string): Promise<KeyObject> {
    let pem: string;
    try {
      pem = await readFile(settings.keyFile, 'utf8');
    } catch (error) {
      throw new ApiError(
        'unavailable',
        `The signing key cannot be read (${describeFsError(error)}), so nothing was sent. Please tell IT: the key file in the policy's publisher.keyFile must be readable here.`,
      );
    }
    try {
      return privateKeyFromPem(pem, passphrase, settings.keyFile);
    } catch (error) {
      throw new ApiError('bad_request', (error as Error).message);
    }
  }

  async function send(passphrase: string, initials: string): Promise<PublishResult> {
    if ((await options.editing.getDraft()) !== null) throw new ApiError('bad_request', DRAFT_FIRST);
    const key = await openKey(passphrase);
    const keyId = keyIdOf(key);
    const { revision, content } = options.store.get();
    let previous: Manifest | null;
    try {
      previous = await readCurrentManifest(settings.bundleFolder);
    } catch (error) {
      throw new ApiError('unavailable', (error as Error).message);
    }
    const at = now();
    const version = (previous?.contentVersion ?? 0) + 1;
    const expiresAt = new Date(at + expiresDays * DAY_MS).toISOString();
    await recordFirst(audit, 'Nothing was sent to the kiosks', {
      action: 'bundle-published',
      initials,
      detail: `Revision ${revision} sent to all kiosks as central version ${version} (key ${keyId}), expires ${expiresAt.slice(0, 10)}`,
    });
    let signed: Manifest;
    try {
      ({ manifest: signed } = await signBundle({
        key,
        contentText: contentText(content),
        outDir: settings.bundleFolder,
        expiresDays,
        now: () => at,
        appVersion: options.appVersion,
        platform,
        // The version the audit line names is the one signed: the manifest is not read twice.
        previous,
      }));
    } catch (error) {
      const words = (error as Error).message;
      await recordFailure({
        action: 'bundle-published',
        initials,
        detail: `Sending revision ${revision} to all kiosks failed: ${words}`,
      });
      throw new ApiError('unavailable', `Nothing was sent to the kiosks: ${words}`);
    }
    manifest = signed;
    heldKey = key;
    const sent = {
      revision,
      version: signed.contentVersion,
      keyId,
      at: new Date(at).toISOString(),
      expiresAt: signed.expiresAt,
    };
    try {
      await options.history.add(sent);
    } catch (error) {
      // The kiosks have it; only History's label is lost.
      log.error(`The send was not added to bundle-history.json: ${(error as Error).message}`);
    }
    return { version: sent.version, keyId, expiresAt: sent.expiresAt, revision };
  }

  async function recordFailure(record: Parameters<AuditLog['append']>[0]): Promise<void> {
    try {
      await audit.append(record);
    } catch (error) {
      log.error(`The failure was not written to the audit log: ${(error as Error).message}`);
    }
  }

  /** Re-signs when the bundle expires within RENEW_WITHIN_MS and the key that signed it is held. */
  async function check(): Promise<void> {
    await readManifest();
    const current = manifest;
    if (current === null || heldKey === null || !expiresSoon(current)) return;
    if (current.keyId !== keyIdOf(heldKey)) return;
    const at = now();
    const expires = new Date(at + expiresDays * DAY_MS).toISOString().slice(0, 10);
    const detail = `Central version ${current.contentVersion} re-signed (key ${current.keyId}) so kiosks keep trusting it, expires ${expires}`;
    try {
      await audit.append({ action: 'bundle-resigned', detail });
    } catch (error) {
      log.error(`Not re-signed: the audit log cannot be written (${(error as Error).message}).`);
      return;
    }
    try {
      manifest = await resignBundle({
        key: heldKey,
        outDir: settings.bundleFolder,
        expiresDays,
        now: () => at,
        platform,
      });
    } catch (error) {
      const words = (error as Error).message;
      log.error(`Re-signing the bundle failed: ${words}`);
      await recordFailure({ action: 'bundle-resigned', detail: `Re-signing failed: ${words}` });
    }
  }

  function expiresSoon(current: Manifest): boolean {
    return Date.parse(current.expiresAt) - now() < RENEW_WITHIN_MS;
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      void serially(check).finally(() => schedule(CHECK_EVERY_MS));
    }, ms);
  }

  return {
    publish: (passphrase, initials) => serially(() => send(passphrase, initials)),
    status: () => ({
      bundleFolder: settings.bundleFolder,
      version: manifest?.contentVersion ?? null,
      expiresAt: manifest?.expiresAt ?? null,
      keyHeld: heldKey !== null,
    }),
    problems() {
      if (manifest === null || !expiresSoon(manifest)) return [];
      const day = manifest.expiresAt.slice(0, 10);
      const when = Date.parse(manifest.expiresAt) <= now() ? 'expired' : 'expires';
      return [
        `The kiosks' content ${when} on ${day}. Send it to all kiosks again (with the key's passphrase) to renew it.`,
      ];
    },
    sentAs(revision) {
      const sent = options.history.latestOf(revision);
      return sent === undefined
        ? undefined
        : { version: sent.version, keyId: sent.keyId, at: sent.at };
    },
    async start() {
      await readManifest();
      schedule(FIRST_CHECK_MS);
    },
    async stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await queue;
    },
  };
}
