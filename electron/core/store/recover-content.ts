import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { Content } from '../../contract/content-schema.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from './durable-fs.ts';
import { moveAside } from './move-aside.ts';
import type { StoreAlert } from './store-alert.ts';
import { StoreFileError } from './store-file-error.ts';

export interface RecoverOptions {
  fs: DurableFs;
  contentFile: Adapter<Content>;
  lastGoodFile: Adapter<Content>;
  loadDefault: () => Promise<Content>;
  now: () => Date;
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
 * copy, else the bundled default. Every file that fails is moved aside first, so nothing the
 * store cannot read is ever overwritten or lost.
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

async function keepAside(options: RecoverOptions, error: StoreFileError): Promise<StoreAlert> {
  const at = options.now();
  let movedTo: string;
  try {
    movedTo = await moveAside(options.fs, error.file, error.kind, at);
  } catch (cause) {
    throw new Error(
      `${error.summary} It could not be moved aside (${describeFsError(cause)}), and the kiosk never overwrites a file it cannot read: let the kiosk write to ${dirname(error.file)}, or move the file away yourself.`,
      { cause },
    );
  }
  options.log.warn(`${error.summary} It was kept as ${movedTo}.`, { issues: error.issues });
  return {
    kind: error.kind,
    file: error.file,
    movedTo,
    reason: error.summary,
    issues: error.issues,
    at: at.toISOString(),
  };
}
