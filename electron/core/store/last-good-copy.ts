import type { Adapter } from 'lowdb';
import type { Content } from '../../contract/content-schema.ts';
import type { Logger } from '../logger.ts';
import { contentText } from '../content/checked-content.ts';

export interface LastGoodCopy {
  /** Saves `content` as the last good copy, unless that is what it already holds. */
  refresh(content: Content): Promise<void>;
}

/**
 * The copy the store falls back to when content.json is damaged. Failing to refresh it is
 * logged, not thrown: the content itself is already safe, and the next refresh tries again.
 */
export function createLastGoodCopy(
  file: Adapter<Content>,
  onDisk: Content | null,
  log: Logger,
): LastGoodCopy {
  let saved = onDisk === null ? null : contentText(onDisk);
  return {
    async refresh(content) {
      const text = contentText(content);
      if (text === saved) return;
      try {
        await file.write(content);
        saved = text;
      } catch (error) {
        log.warn(
          `The last good copy was not refreshed. ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
