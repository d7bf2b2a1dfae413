import type { StateCreator } from 'zustand';
import type { KioskApi, OperationOutput } from '../../../../electron/contract/api.ts';
import { ApiError } from '../../../../electron/contract/errors.ts';
import type { AdminState } from './admin-store.ts';
import { problemOf } from './editor-slice.ts';

export type AdminStatusView = OperationOutput<'adminStatus'>;

export const PIN_MAX_DIGITS = 12;

export interface AdminSlice {
  adminStatus: AdminStatusView | null;
  /** The digits typed on the PIN pad; cleared after every try. */
  pin: string;
  pinBusy: boolean;
  /** Why the pad refused, or why admin closed (e.g. the session ran out). */
  pinMessage: string | null;
  token: string | null;
  /** Shows the PIN pad, with the core's word on whether it can be used now. */
  showPinPad(): Promise<void>;
  /**
   * Reads the core's word again; a failed read keeps the last one. Admin stays open for
   * minutes while the central source may stop or come back, and its banner must follow.
   */
  refreshAdminStatus(): Promise<void>;
  /** Reads the status again whenever the core says its central status changed; returns the stop. */
  followCentralChanges(): () => void;
  typePinDigit(digit: string): void;
  deletePinDigit(): void;
  submitPin(): Promise<void>;
  /** Signs out and goes back to the visitor screens, as the next visitor should find them. */
  exitAdmin(message?: string): Promise<void>;
  /** Runs an admin call; an ended session closes admin with the core's words. */
  withSession<T>(call: (token: string) => Promise<T>): Promise<T>;
  /** True once the core has agreed to quit: the window closes, or the shell stops, next. */
  quitting: boolean;
  /** Quits the kiosk program, signed with the staff member's initials. */
  quitKiosk(initials: string): Promise<void>;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong. Try again.';

export const createAdminSlice =
  (api: KioskApi): StateCreator<AdminState, [], [], AdminSlice> =>
  (set, get) => {
    // The calls under way with the session: Exit lets them finish first. Signing out while a
    // publish was on its way refused the publish after admin had closed, and staff saw nothing.
    const underWay = new Set<Promise<unknown>>();
    return {
      adminStatus: null,
      pin: '',
      pinBusy: false,
      pinMessage: null,
      token: null,
      quitting: false,
      showPinPad: async () => {
        set({ adminView: 'pin', pin: '', pinMessage: null });
        try {
          set({ adminStatus: await api.adminStatus(undefined) });
        } catch (error) {
          set({ pinMessage: messageOf(error) });
        }
      },
      refreshAdminStatus: async () => {
        set({ adminStatus: await api.adminStatus(undefined).catch(() => get().adminStatus) });
      },
      followCentralChanges: () => api.on('centralChanged', () => void get().refreshAdminStatus()),
      typePinDigit: (digit) => {
        if (get().pin.length < PIN_MAX_DIGITS) set({ pin: get().pin + digit, pinMessage: null });
      },
      deletePinDigit: () => set({ pin: get().pin.slice(0, -1) }),
      submitPin: async () => {
        const { pin } = get();
        set({ pin: '', pinBusy: true });
        try {
          const { token } = await api.adminSignIn({ pin });
          set({
            token,
            adminView: 'editor',
            pinBusy: false,
            pinMessage: null,
            screen: { name: 'home' },
          });
          await Promise.all([get().loadEditor(), get().refreshAdminStatus()]);
        } catch (error) {
          set({ pinBusy: false, pinMessage: messageOf(error) });
          await get().refreshAdminStatus();
        }
      },
      exitAdmin: async (message) => {
        await Promise.allSettled(underWay);
        const { token } = get();
        if (token) await api.adminSignOut({ token }).catch(() => undefined);
        // Everything of the admin session goes too: the editor's state is part of the visit's.
        get().resetVisit();
        set({
          adminView: message ? 'pin' : 'closed',
          token: null,
          pin: '',
          pinMessage: message ?? null,
        });
      },
      withSession: async (call) => {
        const { token } = get();
        if (!token)
          throw new ApiError('unauthorized', 'Admin is signed out. Enter the PIN to continue.');
        const running = call(token);
        underWay.add(running);
        try {
          return await running;
        } catch (error) {
          underWay.delete(running);
          if (error instanceof ApiError && error.code === 'unauthorized') {
            await get().exitAdmin(error.message);
          }
          throw error;
        } finally {
          underWay.delete(running);
        }
      },
      quitKiosk: async (initials) => {
        try {
          await get().withSession((token) => api.quitKiosk({ token, initials }));
          set({ quitting: true });
        } catch (error) {
          set({ editorMessage: problemOf(error) });
        }
      },
    };
  };
