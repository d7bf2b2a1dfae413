import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { AdminServices } from './admin-services.ts';

type AdminOperation = 'adminStatus' | 'adminSignIn' | 'adminSignOut' | 'readAuditLog';

/** The core's side of the sign-in operations and the audit log's reader. */
export function createAdminHandlers({
  sessions,
  audit,
}: AdminServices): Pick<OperationHandlers, AdminOperation> {
  return {
    adminStatus: () => sessions.status(),
    adminSignIn: ({ pin }) => sessions.signIn(pin),
    async adminSignOut({ token }) {
      await sessions.signOut(token);
      return undefined;
    },
    async readAuditLog({ token, before, limit }) {
      sessions.require(token);
      return audit.read({ before, limit });
    },
  };
}
