import type { StateCreator } from 'zustand';
import type { AdminState } from './admin-store.ts';

/**
 * Agency text (program descriptions, lists and key facts, the privacy policy) is the agency's
 * published wording: staff confirm a change matches it before it is made. The confirmation
 * holds for one field's edit session (until another field takes the focus), so it is asked
 * once per edit, not per keystroke.
 */
export interface AgencyTextSlice {
  /** The change waiting for staff to confirm, and the field it belongs to. */
  agencyTextPending: { field: string; apply: () => void } | null;
  /** The field whose edit session staff have confirmed. */
  agencyTextConfirmed: string | null;
  /** Runs `apply` now if `field` is confirmed in this edit session, else asks first. */
  guardAgencyText(field: string, apply: () => void): void;
  confirmAgencyText(): void;
  cancelAgencyText(): void;
  /** A field took the focus: a confirmation for another field no longer holds. */
  beginFieldSession(field: string): void;
}

export const createAgencyTextSlice: StateCreator<AdminState, [], [], AgencyTextSlice> = (
  set,
  get,
) => ({
  agencyTextPending: null,
  agencyTextConfirmed: null,
  guardAgencyText: (field, apply) => {
    if (get().agencyTextConfirmed === field) apply();
    else set({ agencyTextPending: { field, apply } });
  },
  confirmAgencyText: () => {
    const pending = get().agencyTextPending;
    if (!pending) return;
    set({ agencyTextPending: null, agencyTextConfirmed: pending.field });
    pending.apply();
  },
  cancelAgencyText: () => set({ agencyTextPending: null }),
  beginFieldSession: (field) => {
    if (get().agencyTextConfirmed !== field) set({ agencyTextConfirmed: null });
  },
});
