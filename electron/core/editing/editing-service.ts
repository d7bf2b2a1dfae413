import { isDeepStrictEqual } from 'node:util';
import { CENTRAL_LOCKED_MESSAGE } from '../../contract/central-schema.ts';
import { changeSentence, type ChangeRecord } from '../../contract/change-records.ts';
import {
  CONTENT_PARTS,
  centralPartsOf,
  partNames,
  withPartsFrom,
  type ContentPart,
  type LocalEditing,
} from '../../contract/content-ownership.ts';
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
   * Makes verified content from IT's central source what visitors see, in its parts the policy
   * gives to central (content-ownership.ts): a revision of kind 'central', recorded like any
   * other change.
   */
  applyCentral(content: CheckedContent, from: CentralOrigin): Promise<CentralApplied>;
}

/**
 * `revision` null when nothing changed for visitors; `keptLocal` when, in mode "all", staff's
 * own edits kept the central content from being shown at all.
 */
export interface CentralApplied {
  revision: RevisionInfo | null;
  keptLocal: boolean;
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
   * What staff may edit on a kiosk that follows IT's central source (policy
   * contentSource.localEditing; "none" when the source cannot be used), or null without one.
   * The parts it gives to central are always what visitors see now: a draft, an import or a
   * restored revision changes only the local parts, and mode "none" refuses every change.
   */
  localEditing?: () => LocalEditing | null;
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
  const localEditing = options.localEditing ?? (() => null);
  const centralParts = () => centralPartsOf(localEditing());
  const refuseIfLocked = (): void => {
    if (centralParts().length === CONTENT_PARTS.length) {
      throw new ApiError('forbidden', CENTRAL_LOCKED_MESSAGE);
    }
  };
  // Staff's content with the central parts as visitors see them now: a central update made
  // while staff edit is never undone by their draft, their import or an old revision.
  const withCentralParts = (content: Content): Content => {
    const parts = centralParts();
    return parts.length === 0 ? content : withPartsFrom(content, published().content, parts);
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

  const asDraft = (stored: { content: Content; baseRevision: number; savedAt: string }): Draft => {
    const content = withCentralParts(stored.content);
    return { ...stored, content, ...described(published().content, content) };
  };

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

  // Staff's edits are what visitors see unless it is the app's first content or central's alone
  // (not with this kiosk's announcements kept in it). A revision that cannot be read counts as
  // staff's: their work is never overwritten on a guess.
  const hasLocalEdits = async (): Promise<boolean> => {
    const shown = await revisions.tryRead(published().revision);
    if (shown === null) return true;
    const { kind, central } = shown.info;
    return kind !== 'first' && (kind !== 'central' || central?.withLocal === true);
  };

  return {
    async getDraft() {
      const stored = await draft.read();
      return stored ? asDraft(stored) : null;
    },
    saveDraft: (content) =>
      queue.run(() => {
        refuseIfLocked();
        return writeDraft(withCentralParts(content));
      }),
    discardDraft: () => queue.run(() => draft.remove()),
    publish: (initials) =>
      queue.run(async () => {
        refuseIfLocked();
        const stored = await draft.read();
        if (!stored) throw new ApiError('bad_request', NOTHING_TO_PUBLISH);
        const content = withCentralParts(stored.content);
        const against = published().content;
        const records = changeRecords(against, content);
        if (records.length === 0) throw new ApiError('bad_request', SAME_AS_PUBLISHED);
        const revision = await commit(content, {
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
        const content = withCentralParts((await revisions.read(number)).content);
        const against = published().content;
        const records = changeRecords(against, content);
        if (records.length === 0) {
          throw new ApiError('bad_request', sameAsShown(number, centralParts()));
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
      return { ok: true, ...described(published().content, withCentralParts(result.content)) };
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
        const content = withCentralParts(result.content);
        const { changes } = described(published().content, content);
        await recordFirst(audit, 'Nothing was imported', {
          action: 'import',
          initials,
          detail: `Imported as the draft: ${changes.join('; ') || 'no changes'}`,
        });
        try {
          return await writeDraft(content);
        } catch (error) {
          const detail = `The import was not saved as the draft: ${messageOf(error)}`;
          await audit.append({ action: 'import', initials, detail }).catch(() => undefined);
          throw error;
        }
      }),
    applyCentral: (central, { version, keyId }) =>
      queue.run(async () => {
        // Called only with a source; without a mode it is one this app cannot read: keep all.
        const mode = localEditing() ?? 'none';
        if (mode === 'all' && (await hasLocalEdits())) return { revision: null, keptLocal: true };
        const local = CONTENT_PARTS.filter((part) => !centralPartsOf(mode).includes(part));
        const against = published().content;
        const content = mode === 'all' ? central : withPartsFrom(central, against, local);
        const records = changeRecords(against, content);
        if (records.length === 0) return { revision: null, keptLocal: false };
        const withLocal = !isDeepStrictEqual(content, central);
        const revision = await commit(content, {
          action: 'central-applied',
          undone: 'applied',
          initials: '',
          info: {
            kind: 'central',
            central: { version, keyId, ...(withLocal ? { withLocal } : {}) },
          },
          detail: (revision) =>
            `Central content version ${version} (key ${keyId}) applied as revision ${revision.number}`,
          found: { against, records },
        });
        return { revision, keptLocal: false };
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

/** Why restoring revision `number` changes nothing for visitors. */
function sameAsShown(number: number, central: readonly ContentPart[]): string {
  if (central.length === 0) return `Revision ${number} is what visitors see now.`;
  const local = CONTENT_PARTS.filter((part) => !central.includes(part));
  return `Revision ${number}'s ${partNames(local)} are what visitors see now; the rest is managed centrally.`;
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
