import type { ReactNode } from 'react';
import { selectCentralLocked } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';

/**
 * Content editors, turned off as one while the kiosk follows the central source: the core
 * refuses every change then, and staff should not type what cannot be kept. The banner says why.
 */
export function CentralLock({ children }: { children: ReactNode }) {
  const locked = useAdmin(selectCentralLocked);
  return (
    <fieldset className="admin-lock" disabled={locked}>
      {children}
    </fieldset>
  );
}
