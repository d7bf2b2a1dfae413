import type { Adapter } from 'lowdb';
import type { Content } from '../../contract/content-schema.ts';
import type { Now } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { DurableFs } from './durable-fs.ts';
import type { StoreAlert } from './store-alert.ts';
import { keepAside } from './store-alerts.ts';
import { StoreFileError } from './store-file-error.ts';

export interface RecoverOptions {
  fs: DurableFs;
  contentFile: Adapter<Content>;
  lastGoodFile: Adapter<Content>;
  loadDefault: () => Promise<Content>;
  now: Now;
  log: Logger;
}

export type ContentSource = 'content' | 'last-good' | 'bundled-default';

export interface RecoveredContent {
  content: Content;
  /** Where `content` came from; anything but 'content' must be written back as content.json. */
  source: ContentSource;
  /** The valid last good copy on disk, if any. */
  lastGood: Content | null;
  alerts: StoreAlert[];
}

/**
 * Decides what the kiosk shows at start: content.json if it is usable, else the last good
 * copy, else the bundled default (the newest revision comes before the default; see
 * reconcileRevisions). A file that is damaged or cannot be read at all is moved aside, so it is
 * never overwritten or lost; one the disk will not let be moved is left where it is (movedTo
 * null), and the store never writes over it. Never rejects for a store file.
 */
export async function recoverContent(options: RecoverOptions): Promise<RecoveredContent> {
  const alerts: StoreAlert[] = [];
  const readOrKeepAside = async (file: Adapter<Content>): Promise<Content | null> => {
    try {
      return await file.read();
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error;
      alerts.push(await keepAside(options, error));
      return null;
    }
  };
  const content = await readOrKeepAside(options.contentFile);
  const lastGood = await readOrKeepAside(options.lastGoodFile);
  if (content) return { content, source: 'content', lastGood, alerts };
  if (lastGood) return { content: lastGood, source: 'last-good', lastGood, alerts };
  return { content: await options.loadDefault(), source: 'bundled-default', lastGood, alerts };
}
