import type { Content } from '../../contract/content-schema.ts';
import type { RevisionInfo } from '../../contract/editing-schema.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import { describeChanges } from './describe-changes.ts';
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
 * - content.json damaged or missing: the newest revision is published again (it is newer than
 *   any last-good copy);
 * - content.json one revision behind: a publish was cut off after its revision was written,
 *   and is finished now;
 * - content.json changed by hand: it is kept, as a new revision, so nothing is lost.
 */
export async function reconcileRevisions(
  store: ContentStore,
  revisions: RevisionStore,
  { now, log }: { now: () => number; log: Logger },
): Promise<void> {
  const numbers = await revisions.numbers();
  const newest = await newestReadable(revisions, numbers);
  const { content } = store.get();
  const record = async (number: number, info: Pick<RevisionInfo, 'kind' | 'changes'>) => {
    await revisions.write(
      { number, time: new Date(now()).toISOString(), initials: '', ...info },
      content,
    );
    store.adoptRevision(number);
  };

  if (!newest) {
    const number = (numbers.at(-1) ?? 0) + 1;
    return record(number, { kind: 'first', changes: ['The content the kiosk started with'] });
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
    await store.replace(newest.content, newest.info.number);
    return undefined;
  }
  log.info('content.json was changed outside the kiosk; keeping it as a new revision.');
  return record(newest.info.number + 1, {
    kind: 'found',
    changes: [
      'Found a changed content file when the kiosk started',
      ...describeChanges(newest.content, content),
    ],
  });
}
