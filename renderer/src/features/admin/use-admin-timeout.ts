import { useEffect } from 'react';
import { browserClock } from '../../lib/clock.ts';
import { selectExitAdmin } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/** The core ends a session after 3 minutes without an admin call; the screen follows suit. */
export const ADMIN_IDLE_MS = 3 * 60_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel'] as const;

/** Closes admin after 3 minutes without a touch, so it is never left open for a visitor. */
export function useAdminTimeout(): void {
  const exit = useAdmin(selectExitAdmin);
  useEffect(() => {
    let handle = 0;
    const restart = (): void => {
      browserClock.clearTimeout(handle);
      handle = browserClock.setTimeout(
        () =>
          void exit('The admin session ended after 3 minutes without use. Your draft is saved.'),
        ADMIN_IDLE_MS,
      );
    };
    restart();
    for (const name of ACTIVITY) document.addEventListener(name, restart, { capture: true });
    return () => {
      browserClock.clearTimeout(handle);
      for (const name of ACTIVITY) document.removeEventListener(name, restart, { capture: true });
    };
  }, [exit]);
}
