import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, type Content } from '../../contract/content-schema.ts';
import { StoredContent } from '../../contract/migrations.ts';
import { ApiError } from '../../contract/errors.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import { systemNow, type Now } from '../clock.ts';
import { loadBundledDefault } from '../content/bundled-default.ts';
import { checkContent, contentText } from '../content/checked-content.ts';
import { createListeners } from '../listeners.ts';
import { consoleLogger, type Logger } from '../logger.ts';
import { describeFsError, nodeDurableFs, type DurableFs } from './durable-fs.ts';
import { createDurableJsonFile } from './durable-json-file.ts';
import { createLastGoodCopy } from './last-good-copy.ts';
import { recoverContent, type ContentSource } from './recover-content.ts';
import { createSerialQueue } from './serial-queue.ts';
import type { StoreAlert } from './store-alert.ts';
import { createStoreAlerts, type StoreAlerts } from './store-alerts.ts';

export const CONTENT_FILE = 'content.json';
export const LAST_GOOD_FILE = 'content.last-good.json';

export interface ContentStoreOptions {
  dataDir: string;
  defaultContentPath: string;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  now?: Now;
  log?: Logger;
  /** Shared with the data folder's other files; the store's own when omitted. */
  alerts?: StoreAlerts;
}

export interface PublishedContent {
  /**
   * The published revision's number. content.json stays exactly a Content document (the same
   * file validates, exports and imports), so the number lives in the revisions/ folder and the
   * editing service hands it over (see editing/open-editing.ts); 0 until it has.
   */
  revision: number;
  /** Shared, not copied: read it, never change it. */
  content: Content;
}

export interface ContentStore {
  get(): PublishedContent;
  /** Where the content came from when the store opened: a damaged file is not 'content'. */
  readonly source: ContentSource;
  /**
   * Validates (unless checkContent has: see CheckedContent), saves durably, then takes the
   * revision number (the next one when omitted) and tells subscribers.
   */
  replace(content: unknown, revision?: number): Promise<PublishedContent>;
  /**
   * At start: publishes a revision's `content` again as revision `revision`, like replace, but a
   * disk that refuses the save does not stop it: visitors get it from memory (logged), and the
   * next publish tries the disk again.
   */
  republish(content: Content, revision: number): Promise<void>;
  /** Names the content on disk as a revision, without writing it (the number lives elsewhere). */
  adoptRevision(revision: number): void;
  /**
   * Files of the data folder found unusable, each kept aside or left where it was: the store's
   * own, and those of whatever shares its StoreAlerts.
   */
  alerts(): readonly StoreAlert[];
  subscribe(listener: (published: PublishedContent) => void): () => void;
  /** Waits for saves under way; later replaces are refused. */
  close(): Promise<void>;
}

/**
 * Opens the published content in `dataDir`, recovering from a missing, damaged or unreadable
 * file. Never rejects for the data folder itself: one that cannot be made or written gives a
 * store that serves from memory and whose saves fail, saying why.
 */
export async function openContentStore(options: ContentStoreOptions): Promise<ContentStore> {
  const { dataDir, fs = nodeDurableFs, platform = process.platform } = options;
  const { now = systemNow, log = consoleLogger } = options;
  try {
    await fs.mkdir(dataDir);
  } catch (error) {
    log.error(
      `Could not create the data folder ${dataDir}: ${describeFsError(error)}. The kiosk shows its bundled default and saves nothing until it can write there; another folder can be chosen with --data-dir.`,
    );
  }
  const alerts = options.alerts ?? createStoreAlerts({ fs, now, log });
  const file = (name: string): Adapter<Content> => {
    const path = join(dataDir, name);
    const json = createDurableJsonFile({
      path,
      // Files from earlier versions open migrated; the next save writes the current version.
      schema: StoredContent,
      fs,
      platform,
      maxSchemaVersion: CURRENT_SCHEMA_VERSION,
      serialize: contentText,
    });
    return {
      read: () => json.read(),
      write: async (data) => {
        await alerts.clearTheWay(path);
        await json.write(data);
      },
    };
  };
  const contentFile = file(CONTENT_FILE);
  const lastGoodFile = file(LAST_GOOD_FILE);
  const recovered = await recoverContent({
    fs,
    contentFile,
    lastGoodFile,
    loadDefault: () => loadBundledDefault(options.defaultContentPath),
    now,
    log,
  });
  alerts.add(...recovered.alerts);
  const db = new Low<Content>(contentFile, recovered.content);
  if (recovered.source !== 'content') {
    log.info(`Writing the ${recovered.source} content to ${CONTENT_FILE}`);
    // The kiosk still shows good content from memory; the next publish tries the disk again.
    await db.write().catch((error: unknown) => log.error(messageOf(error)));
  }

  const lastGood = createLastGoodCopy(lastGoodFile, recovered.lastGood, log);
  await lastGood.refresh(recovered.content);

  const queue = createSerialQueue();
  const listeners = createListeners<PublishedContent>(log);
  let revision = 0;
  let closed = false;
  const get = (): PublishedContent => ({ revision, content: db.data });

  return {
    get,
    source: recovered.source,
    adoptRevision: (number) => {
      revision = number;
    },
    replace: (next, number) => {
      if (closed)
        return Promise.reject(new ApiError('unavailable', 'The content store is closed.'));
      return queue.run(async () => {
        const parsed = checkContent(next);
        if (!parsed.success) {
          throw new ApiError(
            'bad_request',
            'The content does not match the content schema; nothing was changed.',
            formatIssues(parsed.error),
          );
        }
        const previous = db.data;
        db.data = parsed.data;
        try {
          await db.write();
        } catch (error) {
          db.data = previous;
          log.error(messageOf(error));
          throw new ApiError(
            'unavailable',
            `${messageOf(error)} Visitors still see the content as it was.`,
          );
        }
        revision = number ?? revision + 1;
        await lastGood.refresh(parsed.data);
        listeners.emit(get());
        return get();
      });
    },
    republish: (content, number) =>
      queue.run(async () => {
        db.data = content;
        await db.write().catch((error: unknown) => {
          log.error(
            `${messageOf(error)} Visitors get revision ${number} from memory; the next publish tries the disk again.`,
          );
        });
        revision = number;
        await lastGood.refresh(content);
        listeners.emit(get());
      }),
    alerts: () => alerts.list(),
    subscribe: listeners.subscribe,
    async close() {
      closed = true;
      await queue.idle();
      listeners.clear();
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
