import type { KioskState } from '../store/kiosk-store.ts';
import { useKiosk } from '../store/store-context.tsx';

/** For screens, which the app shows only once content has loaded. */
export function useLoaded<T>(selector: (state: KioskState) => T | undefined): T {
  const value = useKiosk(selector);
  if (value === undefined) throw new Error('A screen was shown before the content had loaded');
  return value;
}
