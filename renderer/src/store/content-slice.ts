import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../electron/contract/api.ts';
import type { Content } from '../../../electron/contract/content-schema.ts';
import type { KioskPolicySummary } from '../../../electron/contract/policy-schema.ts';
import type { KioskState } from './kiosk-store.ts';
import { screenForContent } from './navigation-slice.ts';

export interface ContentSlice {
  content: Content | null;
  revision: number | null;
  /** Why the last load failed, for logs; visitors see a calm message instead. */
  loadError: string | null;
  loading: boolean;
  /** What IT's machine policy decides; null until the core has said (then nothing is fixed). */
  policy: KioskPolicySummary | null;
  loadContent(): Promise<void>;
  /** Loads the content and follows every later publish; returns the way to stop following. */
  connect(): () => void;
}

/** Content the page arrived with (see FirstScreenState), so the first render already shows it. */
export interface SeedContent {
  revision: number;
  content: Content;
}

export const createContentSlice =
  (api: KioskApi, seed?: SeedContent): StateCreator<KioskState, [], [], ContentSlice> =>
  (set, get) => ({
    content: seed?.content ?? null,
    revision: seed?.revision ?? null,
    loadError: null,
    loading: false,
    policy: null,
    loadContent: async () => {
      set({ loading: true });
      try {
        const { revision, content } = await api.getPublishedContent(undefined);
        const current = get().revision;
        // Two publishes in quick succession: the slower, older answer must not win.
        if (current !== null && revision < current) {
          set({ loading: false });
          return;
        }
        // The revision the page arrived with: the same content, so no re-render of every screen.
        if (revision === current && get().content !== null) {
          set({ loading: false, loadError: null });
          return;
        }
        set({
          content,
          revision,
          loadError: null,
          loading: false,
          screen: screenForContent(get().screen, content),
        });
      } catch (error) {
        // Content already on screen stays there: a failed refresh is no reason to blank the kiosk.
        set({ loading: false, loadError: error instanceof Error ? error.message : String(error) });
      }
    },
    connect: () => {
      const stop = api.on('contentChanged', ({ revision }) => {
        if (revision !== get().revision) void get().loadContent();
      });
      void get().loadContent();
      // The policy is read once at start-up and does not change while the kiosk runs. Without
      // an answer nothing is restricted on screen; the core enforces the policy either way.
      api.readKioskPolicy(undefined).then(
        (policy) => set({ policy }),
        () => undefined,
      );
      return stop;
    },
  });
