import type { Content } from '../../contract/content-schema.ts';
import type { Draft, RevisionInfo } from '../../contract/editing-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import type { AuditLog } from '../admin/audit-log.ts';
import type { ContentStore } from '../store/content-store.ts';
import { serializeJson } from '../store/durable-json-file.ts';
import { createSerialQueue } from '../store/serial-queue.ts';
import { describeChanges } from './describe-changes.ts';
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
  checkImport(text: string): { ok: true; changes: string[] } | { ok: false; reasons: string[] };
  importAsDraft(text: string, initials: string): Promise<Draft>;
  exportContent(): { fileName: string; text: string };
}

export interface EditingServiceOptions {
  store: ContentStore;
  revisions: RevisionStore;
  draft: DraftFile;
  audit: AuditLog;
  /** Epoch milliseconds. */
  now: () => number;
  /**
   * IT's policy on kiosk settings: why `content` may not be saved or published (e.g. an idle
   * timeout outside IT's bounds), or null. Drafts, imports, publishes and restores all obey it.
   */
  settingsProblem?: (content: Content) => string | null;
}

const NOTHING_TO_PUBLISH = 'There is no draft to publish. Make a change first.';
const SAME_AS_PUBLISHED =
  'The draft is the same as what visitors see: there is nothing to publish.';

/**
 * Drafts, publishing, history and import: what staff do to the content. Every change to the
 * published content is a numbered revision, written before content.json so that history never
 * misses what visitors saw. One operation at a time, so numbers cannot collide.
 */
export function createEditingService(options: EditingServiceOptions): EditingService {
  const { store, revisions, draft, audit, now } = options;
  const problemOf = options.settingsProblem ?? (() => null);
  const obeyPolicy = (content: Content): void => {
    const problem = problemOf(content);
    if (problem !== null) throw new ApiError('bad_request', problem);
  };
  const queue = createSerialQueue();
  const stamp = () => new Date(now()).toISOString();
  const published = () => store.get();

  const asDraft = (stored: { content: Content; baseRevision: number; savedAt: string }): Draft => ({
    ...stored,
    changes: describeChanges(published().content, stored.content),
  });

  const writeDraft = async (content: Content): Promise<Draft> => {
    obeyPolicy(content);
    const stored = { content, baseRevision: published().revision, savedAt: stamp() };
    await draft.write(stored);
    return asDraft(stored);
  };

  /** Writes the revision, then makes it the published content; undoes the file if that fails. */
  const commit = async (
    content: Content,
    info: Omit<RevisionInfo, 'number' | 'time' | 'changes'>,
  ): Promise<RevisionInfo> => {
    // Undo always works: a restored revision from before IT's bounds is clamped for visitors
    // like any other, and staff's next edit must obey them.
    if (info.kind !== 'restore') obeyPolicy(content);
    const before = published();
    const latest = (await revisions.numbers()).at(-1) ?? before.revision;
    const revision: RevisionInfo = {
      ...info,
      number: Math.max(latest, before.revision) + 1,
      time: stamp(),
      changes: describeChanges(before.content, content),
    };
    await revisions.write(revision, content);
    try {
      await store.replace(content, revision.number);
    } catch (error) {
      await revisions.remove(revision.number).catch(() => undefined);
      throw error;
    }
    await revisions.prune();
    return revision;
  };

  const recordSettings = async (revision: RevisionInfo, initials: string) => {
    const settings = revision.changes.filter((line) => /idle timeout|start language/.test(line));
    if (settings.length > 0) {
      await audit.append({ action: 'settings-changed', initials, detail: settings.join('; ') });
    }
  };

  return {
    async getDraft() {
      const stored = await draft.read();
      return stored ? asDraft(stored) : null;
    },
    saveDraft: (content) => queue.run(() => writeDraft(content)),
    discardDraft: () => queue.run(() => draft.remove()),
    publish: (initials) =>
      queue.run(async () => {
        const stored = await draft.read();
        if (!stored) throw new ApiError('bad_request', NOTHING_TO_PUBLISH);
        if (describeChanges(published().content, stored.content).length === 0) {
          throw new ApiError('bad_request', SAME_AS_PUBLISHED);
        }
        const revision = await commit(stored.content, { initials, kind: 'publish' });
        await draft.remove();
        await audit.append({
          action: 'publish',
          initials,
          detail: `Revision ${revision.number}: ${revision.changes.join('; ')}`,
        });
        await recordSettings(revision, initials);
        return revision;
      }),
    restore: (number, initials) =>
      queue.run(async () => {
        const { content } = await revisions.read(number);
        if (describeChanges(published().content, content).length === 0) {
          throw new ApiError('bad_request', `Revision ${number} is what visitors see now.`);
        }
        const revision = await commit(content, { initials, kind: 'restore', restoredFrom: number });
        await audit.append({
          action: 'restore',
          initials,
          detail: `Revision ${number} restored as revision ${revision.number}`,
        });
        await recordSettings(revision, initials);
        return revision;
      }),
    listRevisions: (page) => revisions.list(page),
    checkImport(text) {
      const result = readImport(text);
      if (!result.ok) return result;
      const problem = problemOf(result.content);
      if (problem !== null) return { ok: false, reasons: [problem] };
      return { ok: true, changes: describeChanges(published().content, result.content) };
    },
    importAsDraft: (text, initials) =>
      queue.run(async () => {
        const result = readImport(text);
        if (!result.ok) {
          throw new ApiError(
            'bad_request',
            'This file cannot be imported; nothing was changed.',
            result.reasons,
          );
        }
        const saved = await writeDraft(result.content);
        await audit.append({
          action: 'import',
          initials,
          detail: `Imported as the draft: ${saved.changes.join('; ') || 'no changes'}`,
        });
        return saved;
      }),
    exportContent() {
      const { revision, content } = published();
      const day = stamp().slice(0, 10);
      return {
        fileName: `asb-kiosk-content-revision-${revision}-${day}.json`,
        text: serializeJson(content),
      };
    },
  };
}
