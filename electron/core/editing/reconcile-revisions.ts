import type { Content } from '../../contract/content-schema.ts';
import type { RevisionInfo } from '../../contract/editing-schema.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import { changeSentence } from '../../contract/change-records.ts';
import { changeRecords } from './change-records.ts';
import type { Revision, RevisionStore } from './revision-store.ts';

const same = (a: Content, b: Content): boolean => JSON.stringify(a) === JSON.stringify(b);

async function newestReadable(
  revisions: RevisionStore,
  numbers: number[],
): Promise<Revision | null> {
  for (const number of [...numbers].reverse()) {
    const revision = await revisions.tryRead(number);
    if (revision) return revision;
  }
  return null;
}

/**
 * At start-up, makes the published content and the newest revision agree, so the number
 * visitors' screens carry is the one history shows:
 * - no revisions yet (first run, or an older kiosk's data folder): the content becomes revision 1;
 * - content.json damaged, unreadable or missing: the newest revision that can be read is
 *   published again (it is newer than any last-good copy);
 * - content.json one revision behind: a publish was cut off after its revision was written,
 *   and is finished now;
 * - content.json changed by hand: it is kept, as a new revision, so nothing is lost.
 * A new revision always takes a number after every file in revisions/, readable or not, and
 * after every one kept aside, so no number is used twice. A disk that refuses the writes never stops the kiosk: it runs on what it has.
 */
export async function reconcileRevisions(
  store: ContentStore,
  revisions: RevisionStore,
  { now, log }: { now: () => number; log: Logger },
): Promise<void> {
  let numbers: number[];
  try {
    numbers = await revisions.numbers();
  } catch (error) {
    log.error(
      `The revisions cannot be listed, so none is written now: ${messageOf(error)}. The kiosk shows content.json as it is.`,
    );
    return undefined;
  }
  const newest = await newestReadable(revisions, numbers);
  const { content } = store.get();
  const record = async (info: Pick<RevisionInfo, 'kind' | 'changes' | 'records'>) => {
    // The folder was listed a moment ago; were it not now, the write below says why.
    const number = await revisions.nextNumber().catch(() => (numbers.at(-1) ?? 0) + 1);
    try {
      await revisions.write(
        { number, time: new Date(now()).toISOString(), initials: '', ...info },
        content,
      );
    } catch (error) {
      log.error(
        `Revision ${number} could not be written: ${messageOf(error)} The kiosk shows the content without it.`,
      );
      return undefined;
    }
    store.adoptRevision(number);
    return undefined;
  };

  if (!newest) {
    return record({ kind: 'first', changes: ['The content the kiosk started with'] });
  }
  if (same(newest.content, content)) {
    store.adoptRevision(newest.info.number);
    return undefined;
  }
  const previous = numbers.filter((n) => n < newest.info.number).at(-1);
  const previousRevision = previous === undefined ? null : await revisions.tryRead(previous);
  const behindByOne = previousRevision !== null && same(previousRevision.content, content);
  if (store.source !== 'content' || behindByOne) {
    log.info(`Publishing revision ${newest.info.number} again: content.json did not hold it.`);
    await store.republish(newest.content, newest.info.number);
    return undefined;
  }
  log.info('content.json was changed outside the kiosk; keeping it as a new revision.');
  const records = changeRecords(newest.content, content);
  return record({
    kind: 'found',
    changes: [
      'Found a changed content file when the kiosk started',
      ...records.map(changeSentence),
    ],
    records,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
