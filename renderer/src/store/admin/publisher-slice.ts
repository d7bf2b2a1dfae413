import type { StateCreator } from 'zustand';
import type { KioskApi } from '../../../../electron/contract/api.ts';
import type { AdminState } from './admin-store.ts';
import { problemOf, type EditorMessage } from './editor-slice.ts';

/**
 * The publishing PC (policy role "publisher"): staff sign what this PC publishes and send it to
 * every kiosk. The core signs, writes the bundle and refuses in words; this only carries them.
 */
export interface PublisherSlice {
  /** True while the core signs and writes the bundle. */
  sendingToKiosks: boolean;
  /** How the last send went, in the core's words or ours; null before one. */
  sendMessage: EditorMessage | null;
  /** Signs and sends; true when the kiosks have it. History and the state line follow. */
  publishToKiosks(passphrase: string, initials: string): Promise<boolean>;
  clearSendMessage(): void;
}

export const createPublisherSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], PublisherSlice> =>
  (set, get) => ({
    sendingToKiosks: false,
    sendMessage: null,
    publishToKiosks: async (passphrase, initials) => {
      set({ sendingToKiosks: true, sendMessage: null });
      try {
        const sent = await get().withSession((token) =>
          api.publishToKiosks({ token, passphrase, initials }),
        );
        set({
          sendMessage: {
            kind: 'done',
            text: `Sent to all kiosks as version ${sent.version}. Each kiosk shows it at its next check (every 5 minutes unless IT set another interval).`,
          },
        });
        // The state line shows the new version and expiry; History marks the revision sent.
        await Promise.all([get().refreshAdminStatus(), get().loadRevisions()]);
        return true;
      } catch (error) {
        set({ sendMessage: problemOf(error) });
        return false;
      } finally {
        set({ sendingToKiosks: false });
      }
    },
    clearSendMessage: () => set({ sendMessage: null }),
  });
