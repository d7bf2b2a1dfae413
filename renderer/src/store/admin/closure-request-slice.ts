import type { StateCreator } from 'zustand';
import type { Closure } from '../../lib/office-hours.ts';
import type { AdminState } from './admin-store.ts';

/** The closure form open in the hours section: a new closure, or one being changed. */
export interface ClosureRequest {
  /** The closure's place in the list when changing one; null for a new one. */
  index: number | null;
  closure: Closure;
}

/**
 * Kept apart from the working copy: nothing reaches the draft until staff add it, so the
 * announcement editor can open the form prefilled without adding a closure itself.
 */
export interface ClosureRequestSlice {
  closureRequest: ClosureRequest | null;
  openClosure(request: ClosureRequest): void;
  updateClosure(closure: Closure): void;
  closeClosure(): void;
}

export const createClosureRequestSlice: StateCreator<AdminState, [], [], ClosureRequestSlice> = (
  set,
  get,
) => ({
  closureRequest: null,
  openClosure: (closureRequest) => set({ closureRequest }),
  updateClosure: (closure) => {
    const request = get().closureRequest;
    if (request) set({ closureRequest: { ...request, closure } });
  },
  closeClosure: () => set({ closureRequest: null }),
});
