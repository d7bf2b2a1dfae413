import { basename, join } from 'node:path';
import { z } from 'zod';
import { KeyId } from '../../contract/bundle-schema.ts';
import { LOCAL_EDITING_MODES } from '../../contract/content-ownership.ts';
import type { Now } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { describeFsError, type DurableFs } from '../store/durable-fs.ts';
import { createDurableJsonFile } from '../store/durable-json-file.ts';
import { moveAside } from '../store/move-aside.ts';
import { StoreFileError } from '../store/store-file-error.ts';

export const CENTRAL_STATE_FILE = 'central-source.json';

/**
 * What the kiosk has applied from its central source: the highest version is what refuses a
 * replayed older bundle, so it must outlive restarts.
 */
export const CentralState = z.strictObject({
  version: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: KeyId,
  expiresAt: z.iso.datetime(),
  appliedAt: z.iso.datetime(),
  /**
   * The mode it was applied under: after IT changes it, the same version is applied again under
   * the new one. Absent in records from before modes, which locked everything: "none".
   */
  localEditing: z.enum(LOCAL_EDITING_MODES).optional(),
  /** Mode "all": verified and recorded, but staff's own edits are what visitors see. */
  keptLocal: z.boolean().optional(),
});
export type CentralState = z.output<typeof CentralState>;

/** The record as read: `state` null before anything was applied; `blocked` says why none can be. */
export type StateRead = { ok: true; state: CentralState | null } | { ok: false; reason: string };

export interface CentralStateFile {
  read(): Promise<StateRead>;
  write(state: CentralState): Promise<void>;
}

export interface CentralStateFileOptions {
  dataDir: string;
  fs: DurableFs;
  platform: NodeJS.Platform;
  now: Now;
  log: Logger;
}

// moveAside's names: central-source.json.invalid-2026-11-23T19-40-05Z and the like.
const KEPT_ASIDE = new RegExp(
  `^${CENTRAL_STATE_FILE.replaceAll('.', '\\.')}\\.(unreadable|unparsable|invalid|newer-version)-`,
);

/**
 * `<dataDir>/central-source.json`. A damaged record is moved aside and, for as long as that copy
 * is there, every bundle is refused: taking it for "nothing applied yet" would let a replayed old
 * bundle in. IT deletes the copy to accept bundles again (the next check sees it is gone).
 */
export function openCentralStateFile(options: CentralStateFileOptions): CentralStateFile {
  const { dataDir, fs, platform, now, log } = options;
  const path = join(dataDir, CENTRAL_STATE_FILE);
  const file = createDurableJsonFile({ path, schema: CentralState, fs, platform, maxChars: 4096 });

  const blocked = (name: string): StateRead => ({
    ok: false,
    reason: `The record of applied versions cannot be read: ${name} was kept aside in the data folder. IT deletes it to accept central content again.`,
  });

  return {
    async read() {
      let state: CentralState | null;
      try {
        state = await file.read();
      } catch (error) {
        // The adapter reports every failure to read as a StoreFileError; anything else is a bug.
        if (!(error instanceof StoreFileError)) throw error;
        try {
          const movedTo = await moveAside(fs, path, error.kind, new Date(now()));
          log.error(
            `${error.message}\nIt was kept as ${movedTo}; central content is refused until IT deletes that copy.`,
          );
          return blocked(basename(movedTo));
        } catch (moveError) {
          log.error(
            `${error.message}\nIt could not be moved aside: ${describeFsError(moveError)}.`,
          );
          return {
            ok: false,
            reason: `The record of applied versions cannot be read (${error.summary}) and could not be moved aside: IT deletes ${CENTRAL_STATE_FILE} in the data folder to accept central content again.`,
          };
        }
      }
      let names: string[];
      try {
        names = await fs.list(dataDir);
      } catch (error) {
        return {
          ok: false,
          reason: `The data folder cannot be listed (${describeFsError(error)}), so the record of applied versions cannot be trusted.`,
        };
      }
      const aside = names.filter((name) => KEPT_ASIDE.test(name)).sort();
      if (aside.length > 0) return blocked(aside.join(', '));
      return { ok: true, state };
    },
    async write(state) {
      await fs.mkdir(dataDir);
      await file.write(state);
    },
  };
}
