import type { Draft as Editable } from 'immer';
import type { StateCreator } from 'zustand';
import type { KioskApi, OperationOutput } from '../../../../electron/contract/api.ts';
import type { Content } from '../../../../electron/contract/content-schema.ts';
import type { Draft, RevisionInfo } from '../../../../electron/contract/editing-schema.ts';
import type { AdminState } from './admin-store.ts';

export type EditorSection =
  | 'programs'
  | 'announcements'
  | 'hours'
  | 'privacy'
  | 'settings'
  | 'history'
  | 'transfer'
  | 'audit'
  | 'usage'
  /** The publishing PC's only: every kiosk's status. */
  | 'kiosks';

/** Where the working copy stands against the draft on disk. */
export type DraftState = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'failed';

export interface EditorMessage {
  kind: 'done' | 'problem';
  text: string;
  /** The core's list of reasons, one per line. */
  details?: string[];
}

export type StoreAlertView = OperationOutput<'readStoreAlerts'>['alerts'][number];

export interface EditorSlice {
  /** Damaged files the kiosk kept aside at start-up: staff must hear of them. */
  storeAlerts: StoreAlertView[];
  editorSection: EditorSection;
  /** The copy staff edit: the draft if there is one, else what visitors see. */
  working: Content | null;
  draft: Draft | null;
  draftState: DraftState;
  editorMessage: EditorMessage | null;
  /** The program open in the program form, by id. */
  editingProgramId: string | null;
  previewing: boolean;
  /**
   * Fields staff changed or left, by content path: a field shows its problem only then, or
   * once staff tried to publish (`showAllIssues`), never on a form just opened.
   */
  touchedFields: Readonly<Record<string, true>>;
  showAllIssues: boolean;
  touchField(path: string): void;
  /** Every problem shows, e.g. after a publish attempt or a tap on a section the header names. */
  revealIssues(): void;
  openSection(section: EditorSection): void;
  editProgram(programId: string | null): void;
  loadEditor(): Promise<void>;
  /**
   * Applies a change to the working copy; valid copies are saved as the draft. The change may
   * edit the copy it is given in place (an immer draft: only what it touches is copied, the
   * rest keeps its identity) or return a new copy.
   */
  changeWorking(change: (content: Editable<Content>) => Content | void): void;
  setDraftState(state: DraftState): void;
  saveDraft(): Promise<void>;
  discardDraft(): Promise<void>;
  publish(initials: string): Promise<RevisionInfo | null>;
  setPreviewing(previewing: boolean): void;
  showMessage(message: EditorMessage | null): void;
}

export const problemOf = (error: unknown): EditorMessage => {
  const issues = (error as { issues?: unknown }).issues;
  return {
    kind: 'problem',
    text: error instanceof Error ? error.message : 'Something went wrong. Try again.',
    ...(Array.isArray(issues) && issues.length > 0 ? { details: issues.map(String) } : {}),
  };
};

/** Made with zustand's immer middleware: a keystroke copies one field's path, not the document. */
export const createEditorSlice =
  (api: KioskApi): StateCreator<AdminState, [['zustand/immer', never]], [], EditorSlice> =>
  (set, get) => ({
    storeAlerts: [],
    editorSection: 'programs',
    working: null,
    draft: null,
    draftState: 'saved',
    editorMessage: null,
    editingProgramId: null,
    previewing: false,
    touchedFields: {},
    showAllIssues: false,
    touchField: (path) => {
      if (!get().touchedFields[path])
        set({ touchedFields: { ...get().touchedFields, [path]: true } });
    },
    revealIssues: () => set({ showAllIssues: true }),
    openSection: (editorSection) =>
      set({ editorSection, editingProgramId: null, editorMessage: null }),
    editProgram: (editingProgramId) => set({ editingProgramId }),
    loadEditor: async () => {
      const [{ draft }, { alerts }] = await get().withSession((token) =>
        Promise.all([api.getDraft({ token }), api.readStoreAlerts({ token })]),
      );
      set({
        draft,
        working: draft?.content ?? get().content,
        draftState: 'saved',
        storeAlerts: alerts,
        touchedFields: {},
        showAllIssues: false,
      });
    },
    changeWorking: (change) => {
      if (!get().working) return;
      set((state) => {
        if (!state.working) return;
        const next = change(state.working);
        if (next !== undefined) state.working = next;
        state.draftState = 'unsaved';
      });
    },
    setDraftState: (draftState) => set({ draftState }),
    saveDraft: async () => {
      const { working } = get();
      if (!working) return;
      set({ draftState: 'saving' });
      try {
        const { draft } = await get().withSession((token) =>
          api.saveDraft({ token, content: working }),
        );
        // Edits made while saving stay unsaved; the next save takes them.
        set({ draft, draftState: get().working === working ? 'saved' : 'unsaved' });
      } catch (error) {
        set({ draftState: 'failed', editorMessage: problemOf(error) });
      }
    },
    discardDraft: async () => {
      try {
        await get().withSession((token) => api.discardDraft({ token }));
        set({
          draft: null,
          working: get().content,
          draftState: 'saved',
          touchedFields: {},
          showAllIssues: false,
          editorMessage: { kind: 'done', text: 'The draft was discarded.' },
        });
      } catch (error) {
        set({ editorMessage: problemOf(error) });
      }
    },
    publish: async (initials) => {
      try {
        const { revision } = await get().withSession((token) =>
          api.publishDraft({ token, initials }),
        );
        await get().loadContent();
        set({
          draft: null,
          working: get().content,
          draftState: 'saved',
          touchedFields: {},
          showAllIssues: false,
          editorMessage: {
            kind: 'done',
            text: `Published as revision ${revision.number}. Visitors see it now.`,
          },
        });
        return revision;
      } catch (error) {
        set({ editorMessage: problemOf(error) });
        return null;
      }
    },
    setPreviewing: (previewing) => set({ previewing }),
    showMessage: (editorMessage) => set({ editorMessage }),
  });
