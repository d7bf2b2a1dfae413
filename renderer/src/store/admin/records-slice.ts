import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../../electron/contract/api.ts';
import type { AuditEntry } from '../../../../electron/contract/admin-schema.ts';
import type { ChangeRecord } from '../../../../electron/contract/change-records.ts';
import type { RevisionInfo } from '../../../../electron/contract/editing-schema.ts';
import type { UsageDay } from '../../../../electron/contract/usage-schema.ts';
import type { AdminState } from './admin-store.ts';
import { problemOf } from './editor-slice.ts';

export type ImportCheck =
  | { ok: true; fileName: string; text: string; records: ChangeRecord[] }
  | { ok: false; fileName: string; reasons: string[] };

export interface SavedFile {
  fileName: string;
  text: string;
  type: string;
}

/** History, import and export, the audit log and usage counts: what admin reads and moves. */
export interface RecordsSlice {
  revisions: RevisionInfo[];
  auditEntries: AuditEntry[];
  usage: { enabled: boolean; days: UsageDay[]; programTitles: Record<string, string> } | null;
  importCheck: ImportCheck | null;
  loadRevisions(): Promise<void>;
  restoreRevision(number: number, initials: string): Promise<void>;
  checkImport(fileName: string, text: string): Promise<void>;
  confirmImport(initials: string): Promise<void>;
  cancelImport(): void;
  exportContent(): Promise<SavedFile | null>;
  loadAudit(): Promise<void>;
  loadUsage(): Promise<void>;
  setUsageCounting(enabled: boolean, initials: string): Promise<void>;
  exportUsage(): Promise<SavedFile | null>;
}

const HISTORY_SHOWN = 100;

export const createRecordsSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], RecordsSlice> =>
  (set, get) => {
    const attempt = async <T>(run: () => Promise<T>): Promise<T | null> => {
      try {
        return await run();
      } catch (error) {
        set({ editorMessage: problemOf(error) });
        return null;
      }
    };
    const session = <T>(call: (token: string) => Promise<T>): Promise<T> => get().withSession(call);
    return {
      revisions: [],
      auditEntries: [],
      usage: null,
      importCheck: null,
      loadRevisions: async () => {
        const page = await attempt(() =>
          session((token) => api.listRevisions({ token, limit: HISTORY_SHOWN })),
        );
        if (page) set({ revisions: page.revisions });
      },
      restoreRevision: async (number, initials) => {
        const done = await attempt(() =>
          session((token) => api.restoreRevision({ token, number, initials })),
        );
        if (!done) return;
        await get().loadContent();
        await get().loadRevisions();
        set({
          editorMessage: {
            kind: 'done',
            text: `Revision ${number} is back, as revision ${done.revision.number}. Visitors see it now.`,
          },
        });
        if (!get().draft) set({ working: get().content });
      },
      checkImport: async (fileName, text) => {
        const result = await attempt(() => session((token) => api.checkImport({ token, text })));
        if (!result) return;
        set({
          importCheck: result.ok
            ? { ok: true, fileName, text, records: result.records }
            : { ok: false, fileName, reasons: result.reasons },
        });
      },
      confirmImport: async (initials) => {
        const check = get().importCheck;
        if (!check?.ok) return;
        const done = await attempt(() =>
          session((token) => api.importAsDraft({ token, text: check.text, initials })),
        );
        if (!done) return;
        set({
          importCheck: null,
          draft: done.draft,
          working: done.draft.content,
          draftState: 'saved',
          editorMessage: {
            kind: 'done',
            text: 'The file is now the draft. Preview it, then publish it or discard it.',
          },
        });
      },
      cancelImport: () => set({ importCheck: null }),
      exportContent: async () => {
        const file = await attempt(() => session((token) => api.exportContent({ token })));
        return file && { ...file, type: 'application/json' };
      },
      loadAudit: async () => {
        const page = await attempt(() =>
          session((token) => api.readAuditLog({ token, limit: 200 })),
        );
        if (page) set({ auditEntries: page.entries });
      },
      loadUsage: async () => {
        const usage = await attempt(() => session((token) => api.readUsage({ token })));
        if (usage) set({ usage });
      },
      setUsageCounting: async (enabled, initials) => {
        const done = await attempt(() =>
          session((token) => api.setUsageCounting({ token, enabled, initials })),
        );
        if (done) await get().loadUsage();
      },
      exportUsage: async () => {
        const file = await attempt(() => session((token) => api.exportUsageCsv({ token })));
        return file && { ...file, type: 'text/csv' };
      },
    };
  };
