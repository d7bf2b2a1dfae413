import { z } from 'zod';
import { Initials, SessionToken } from './admin-schema.ts';
import { ChangeRecord } from './change-records.ts';
import { Content, ContentV5 } from './content-schema.ts';
import { SentAs } from './publisher-status.ts';

// Defined with the admin contract, which quitKiosk shares them with; still importable from here.
export { Initials };

/**
 * The largest file import accepts: eight times the bundled content (about 60 KB), and small
 * enough that the file, escaped inside a request, stays under the browser shell's body limit.
 */
export const MAX_IMPORT_CHARS = 500_000;

/**
 * What changed between two contents, in plain words, one line per record (changeSentence).
 * Revisions written before records existed hold only these; an older kiosk app reads them.
 */
export const Changes = z.array(z.string());

/** What changed, one typed record per field: what staff's screens are made from. */
export const ChangeRecords = z.array(ChangeRecord);

/** 'central': applied from IT's signed central source (policy contentSource), not by staff. */
export const RevisionKind = z.enum(['first', 'publish', 'restore', 'found', 'central']);

export const RevisionInfo = z.object({
  /** 1, 2, 3…; never reused, even after old revisions are pruned. */
  number: z.number().int().positive(),
  time: z.iso.datetime(),
  /** Empty for revisions the kiosk made itself (the first run). */
  initials: z.string(),
  kind: RevisionKind,
  changes: Changes,
  /** Absent from revisions written before records existed: their `changes` say it in words. */
  records: ChangeRecords.optional(),
  /** For a restore: the revision whose content came back. */
  restoredFrom: z.number().int().positive().optional(),
  /**
   * For a central revision: the signed bundle's content version and the key that signed it;
   * `withLocal` when the kiosk's own parts (localEditing "announcements-and-hours") were kept in
   * it and differ from the bundle's, so it holds staff's edits too.
   */
  central: z
    .object({
      version: z.number().int().positive(),
      keyId: z.string(),
      withLocal: z.boolean().optional(),
    })
    .optional(),
  /** On the publishing PC: when this revision was signed and sent to all kiosks, as which version. */
  sentAs: SentAs.optional(),
});
export type RevisionInfo = z.output<typeof RevisionInfo>;

export const Draft = z.object({
  /** As read: a draft saved before a rule existed still opens, to be fixed (see ContentV5). */
  content: ContentV5,
  /** The published revision the draft started from. */
  baseRevision: z.number().int().nonnegative(),
  savedAt: z.iso.datetime(),
  /** What publishing the draft would change, against what visitors see now. */
  changes: Changes,
  records: ChangeRecords,
});
export type Draft = z.output<typeof Draft>;

const RevisionNumber = z
  .number({ error: 'Choose a revision from the history.' })
  .int({ error: 'Choose a revision from the history.' })
  .positive({ error: 'Choose a revision from the history.' });

export const MAX_HISTORY_PAGE = 100;

export const editingOperations = {
  getDraft: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({ draft: Draft.nullable() }),
  },
  saveDraft: {
    input: z.strictObject({ token: SessionToken, content: Content }),
    output: z.object({ draft: Draft }),
  },
  discardDraft: {
    input: z.strictObject({ token: SessionToken }),
    output: z.undefined(),
  },
  publishDraft: {
    input: z.strictObject({ token: SessionToken, initials: Initials }),
    output: z.object({ revision: RevisionInfo }),
  },
  listRevisions: {
    input: z.strictObject({
      token: SessionToken,
      before: RevisionNumber.optional(),
      limit: z.number().int().min(1).max(MAX_HISTORY_PAGE).optional(),
    }),
    output: z.object({
      /** Newest first. */
      revisions: z.array(RevisionInfo),
      nextBefore: z.number().int().positive().nullable(),
    }),
  },
  restoreRevision: {
    input: z.strictObject({ token: SessionToken, number: RevisionNumber, initials: Initials }),
    output: z.object({ revision: RevisionInfo }),
  },
  checkImport: {
    input: z.strictObject({
      token: SessionToken,
      text: z
        .string({ error: 'Choose a content file to import.' })
        .max(MAX_IMPORT_CHARS, { error: 'This file is too large to be kiosk content.' }),
    }),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), changes: Changes, records: ChangeRecords }),
      z.object({ ok: z.literal(false), reasons: z.array(z.string()) }),
    ]),
  },
  importAsDraft: {
    input: z.strictObject({
      token: SessionToken,
      text: z
        .string()
        .max(MAX_IMPORT_CHARS, { error: 'This file is too large to be kiosk content.' }),
      initials: Initials,
    }),
    output: z.object({ draft: Draft }),
  },
  exportContent: {
    input: z.strictObject({ token: SessionToken }),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
} as const;
