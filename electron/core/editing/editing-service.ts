import { changeSentence, type ChangeRecord } from '../../contract/change-records.ts';
import type { Content } from '../../contract/content-schema.ts';
import type { Draft, RevisionInfo } from '../../contract/editing-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import { formatIssues } from '../../contract/format-issues.ts';
import type { AuditAction, AuditLog, AuditRecord } from '../admin/audit-log.ts';
import { recordFirst } from '../admin/record-first.ts';
import { checkContent, contentText, type CheckedContent } from '../content/checked-content.ts';
import type { Logger } from '../logger.ts';
import type { ContentStore } from '../store/content-store.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import { changeRecords } from './change-records.ts';
import type { DraftFile } from './draft-file.ts';
import { readImport } from './read-import.ts';
import type { RevisionPage, RevisionStore } from './revision-store.ts';

export interface EditingService {
  getDraft(): Promise<Draft | null>;
  saveDraft(content: Content): Promise<Draft>;
  discardDraft(): Promise<void>;
  publish(initials: string): Promise<RevisionInfo>;
  restore(number: number, initials: string): Promise<RevisionInfo>;
  listRevisions(options: { before?: number | undefined; limit: number }): Promise<RevisionPage>;
  checkImport(
    text: string,
  ): { ok: true; changes: string[]; records: ChangeRecord[] } | { ok: false; reasons: string[] };
  importAsDraft(text: string, initials: string): Promise<Draft>;
  exportContent(): { fileName: string; text: string };
  /**
   * Makes verified content from IT's central source what visitors see: a revision of kind
   * 'central', recorded like any other change. Null when it is what visitors see already.
   */
  applyCentral(content: CheckedContent, from: CentralOrigin): Promise<RevisionInfo | null>;
}

/** Which signed bundle central content came from. */
export interface CentralOrigin {
  version: number;
  keyId: string;
}

export interface EditingServiceOptions {
  store: ContentStore;
  revisions: RevisionStore;
  draft: DraftFile;
  audit: AuditLog;
  log: Logger;
  /** Epoch milliseconds. */
  now: () => number;
  /**
   * IT's policy on kiosk settings: why `content` may not be saved or published (e.g. an idle
   * timeout outside IT's bounds), or null. Drafts, imports, publishes and restores all obey it.
   */
  settingsProblem?: (content: Content) => string | null;
  /**
   * Why staff may not change the content on this kiosk (it follows IT's central source), or
   * null. Saving, publishing, restoring and importing are refused with these words then.
   */
  editingLocked?: () => string | null;
}

/** A change to the published content, as the audit log and the history name it. */
interface Change {
  action: Extract<AuditAction, 'publish' | 'restore' | 'central-applied'>;
  /** "Nothing was published: …", "Revision 4 was not restored: …". */
  undone: 'published' | 'restored' | 'applied';
  /** Empty for what the kiosk applies itself (central content). */
  initials: string;
  info: Omit<RevisionInfo, 'number' | 'time' | 'changes' | 'records' | 'initials'>;
  detail(revision: RevisionInfo): string;
  /**
   * changeRecords(against, content), which the caller needed first to refuse a change that
   * changes nothing: a megabyte of content takes some 16 ms to compare, so it is done once.
   */
  found: { against: Content; records: ChangeRecord[] };
}

const NOTHING_TO_PUBLISH = 'There is no draft to publish. Make a change first.';
const SAME_AS_PUBLISHED =
  'The draft is the same as what visitors see: there is nothing to publish.';

/**
 * Drafts, publishing, history and import: what staff do to the content. Every change to the
 * published content is a numbered revision, and is in the audit log before it is made: the
 * audit lines, then the revision file, then content.json, so that neither history nor the
 * audit log ever misses what visitors saw. One operation at a time, so numbers cannot collide.
 */
export function createEditingService(options: EditingServiceOptions): EditingService {
  const { store, revisions, draft, audit, log, now } = options;
  const problemOf = options.settingsProblem ?? (() => null);
  const lockedBecause = options.editingLocked ?? (() => null);
  const refuseIfLocked = (): void => {
    const reason = lockedBecause();
    if (reason !== null) throw new ApiError('forbidden', reason);
  };
  const obeyPolicy = (content: Content): void => {
    const problem = problemOf(content);
    if (problem !== null) throw new ApiError('bad_request', problem);
  };
  const queue = createSerialQueue();
  const stamp = () => new Date(now()).toISOString();
  const published = () => store.get();
  // Revisions this service wrote whose publish then failed, and which could not be removed:
  // newer than what visitors see, but this kiosk's own, not another's.
  const leftBehind = new Set<number>();

  const asDraft = (stored: { content: Content; baseRevision: number; savedAt: string }): Draft => ({
    ...stored,
    ...described(published().content, stored.content),
  });

  const writeDraft = async (content: Content): Promise<Draft> => {
    obeyPolicy(content);
    const stored = { content, baseRevision: published().revision, savedAt: stamp() };
    await draft.write(stored).catch((error: unknown) => {
      throw unavailable(error, 'The draft was not saved.');
    });
    return asDraft(stored);
  };

  // Content read from disk may predate a rule; what is published now must obey them all.
  // Checked once here; the revision file and the store trust what this returns.
  const requireValid = (content: Content, undone: string): CheckedContent => {
    const parsed = checkContent(content);
    if (!parsed.success) {
      throw new ApiError(
        'bad_request',
        `Nothing was ${undone}: the content needs the changes below first.`,
        formatIssues(parsed.error),
      );
    }
    return parsed.data;
  };

  // Another kiosk app on this folder (which the folder lock should have stopped) published
  // since this one read the content: publishing now would silently undo its revisions.
  const refuseIfStale = async (undone: string): Promise<void> => {
    const latest = (await revisions.numbers()).at(-1);
    if (latest === undefined || latest <= published().revision || leftBehind.has(latest)) return;
    throw new ApiError(
      'unavailable',
      `Nothing was ${undone}: revision ${latest} was published by another kiosk app on this data folder after this one started, and publishing now would undo it. Quit this kiosk app and use the one that is running.`,
    );
  };

  const commit = async (content: Content, change: Change): Promise<RevisionInfo> => {
    // Undo always works: a restored revision from before IT's bounds is clamped for visitors
    // like any other, and staff's next edit must obey them. Central content is IT's own, and
    // visitors get it clamped the same way.
    if (change.action === 'publish') obeyPolicy(content);
    const checked = requireValid(content, change.undone);
    await refuseIfStale(change.undone);
    const before = published();
    const { against, records } = change.found;
    const revision: RevisionInfo = {
      ...change.info,
      initials: change.initials,
      number: Math.max(await revisions.nextNumber(), before.revision + 1),
      time: stamp(),
      ...(against === before.content ? withSentences(records) : described(before.content, checked)),
    };
    const { action } = change;
    // Central content has no initials: the audit line says where it came from instead.
    const initials = change.initials === '' ? {} : { initials: change.initials };
    await recordFirst(
      audit,
      `Nothing was ${change.undone}`,
      { action, ...initials, detail: change.detail(revision) },
      ...settingsRecords(revision, initials),
    );
    try {
      await revisions.write(revision, checked);
      await store.replace(checked, revision.number).catch(async (error: unknown) => {
        await revisions.remove(revision.number).catch(() => leftBehind.add(revision.number));
        throw error;
      });
    } catch (error) {
      const detail = `Revision ${revision.number} was not ${change.undone}: ${messageOf(error)}`;
      await audit.append({ action, ...initials, detail }).catch((auditError: unknown) => {
        log.error(`${detail} The audit log could not say so: ${messageOf(auditError)}`);
      });
      throw unavailable(error, 'Visitors still see the content as it was.');
    }
    await revisions.prune();
    return revision;
  };

  return {
    async getDraft() {
      const stored = await draft.read();
      return stored ? asDraft(stored) : null;
    },
    saveDraft: (content) =>
      queue.run(() => {
        refuseIfLocked();
        return writeDraft(content);
      }),
    discardDraft: () => queue.run(() => draft.remove()),
    publish: (initials) =>
      queue.run(async () => {
        refuseIfLocked();
        const stored = await draft.read();
        if (!stored) throw new ApiError('bad_request', NOTHING_TO_PUBLISH);
        const against = published().content;
        const records = changeRecords(against, stored.content);
        if (records.length === 0) throw new ApiError('bad_request', SAME_AS_PUBLISHED);
        const revision = await commit(stored.content, {
          action: 'publish',
          undone: 'published',
          initials,
          info: { kind: 'publish' },
          detail: ({ number, changes }) => `Revision ${number}: ${changes.join('; ')}`,
          found: { against, records },
        });
        // Published already: a draft left behind is the same as what visitors see.
        await draft.remove().catch((error: unknown) => {
          log.error(`The published draft could not be removed: ${messageOf(error)}`);
        });
        return revision;
      }),
    restore: (number, initials) =>
      queue.run(async () => {
        refuseIfLocked();
        const { content } = await revisions.read(number);
        const against = published().content;
        const records = changeRecords(against, content);
        if (records.length === 0) {
          throw new ApiError('bad_request', `Revision ${number} is what visitors see now.`);
        }
        return commit(content, {
          action: 'restore',
          undone: 'restored',
          initials,
          info: { kind: 'restore', restoredFrom: number },
          detail: (revision) => `Revision ${number} restored as revision ${revision.number}`,
          found: { against, records },
        });
      }),
    listRevisions: (page) => revisions.list(page),
    checkImport(text) {
      const result = readImport(text);
      if (!result.ok) return result;
      const problem = problemOf(result.content);
      if (problem !== null) return { ok: false, reasons: [problem] };
      return { ok: true, ...described(published().content, result.content) };
    },
    importAsDraft: (text, initials) =>
      queue.run(async () => {
        refuseIfLocked();
        const result = readImport(text);
        if (!result.ok) {
          throw new ApiError(
            'bad_request',
            'This file cannot be imported; nothing was changed.',
            result.reasons,
          );
        }
        obeyPolicy(result.content);
        const { changes } = described(published().content, result.content);
        await recordFirst(audit, 'Nothing was imported', {
          action: 'import',
          initials,
          detail: `Imported as the draft: ${changes.join('; ') || 'no changes'}`,
        });
        try {
          return await writeDraft(result.content);
        } catch (error) {
          const detail = `The import was not saved as the draft: ${messageOf(error)}`;
          await audit.append({ action: 'import', initials, detail }).catch(() => undefined);
          throw error;
        }
      }),
    applyCentral: (content, { version, keyId }) =>
      queue.run(async () => {
        const against = published().content;
        const records = changeRecords(against, content);
        if (records.length === 0) return null;
        return commit(content, {
          action: 'central-applied',
          undone: 'applied',
          initials: '',
          info: { kind: 'central', central: { version, keyId } },
          detail: (revision) =>
            `Central content version ${version} (key ${keyId}) applied as revision ${revision.number}`,
          found: { against, records },
        });
      }),
    exportContent() {
      const { revision, content } = published();
      const day = stamp().slice(0, 10);
      return {
        fileName: `asb-kiosk-content-revision-${revision}-${day}.json`,
        text: contentText(content),
      };
    },
  };
}

/** The records, and the same in sentences for the audit log and older readers. */
function described(
  before: Content,
  after: Content,
): { changes: string[]; records: ChangeRecord[] } {
  return withSentences(changeRecords(before, after));
}

function withSentences(records: ChangeRecord[]): { changes: string[]; records: ChangeRecord[] } {
  return { changes: records.map(changeSentence), records };
}

/** A settings change in a revision gets its own audit line, which IT searches for. */
function settingsRecords(
  revision: RevisionInfo,
  initials: Pick<AuditRecord, 'initials'>,
): AuditRecord[] {
  const settings = (revision.records ?? []).filter((record) => record.area === 'settings');
  return settings.length === 0
    ? []
    : [
        {
          action: 'settings-changed',
          ...initials,
          detail: settings.map(changeSentence).join('; '),
        },
      ];
}

/** A failure staff can act on: an ApiError as it is, anything else as 'unavailable'. */
function unavailable(error: unknown, then: string): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('unavailable', `${messageOf(error)} ${then}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
