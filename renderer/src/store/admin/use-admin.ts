import { useKiosk } from '../store-context.tsx';
import { asAdmin, type AdminState } from './admin-store.ts';

/** Reads the kiosk store with admin's slices in, for admin's own screens. */
export function useAdmin<T>(selector: (state: AdminState) => T): T {
  return useKiosk((state) => selector(asAdmin(state)));
}
