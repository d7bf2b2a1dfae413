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
  | 'usage';

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
  openSection(section: EditorSection): void;
  editProgram(programId: string | null): void;
  loadEditor(): Promise<void>;
  /** Applies a change to the working copy; valid copies are saved as the draft. */
  changeWorking(change: (content: Content) => Content): void;
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

export const createEditorSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], EditorSlice> =>
  (set, get) => ({
    storeAlerts: [],
    editorSection: 'programs',
    working: null,
    draft: null,
    draftState: 'saved',
    editorMessage: null,
    editingProgramId: null,
    previewing: false,
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
      });
    },
    changeWorking: (change) => {
      const { working } = get();
      if (working) set({ working: change(structuredClone(working)), draftState: 'unsaved' });
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
