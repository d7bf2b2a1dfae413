import { ApiError } from '../../contract/errors.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { AdminServices } from './admin-services.ts';

type AdminOperation = 'adminStatus' | 'adminSignIn' | 'adminSignOut' | 'readAuditLog' | 'quitKiosk';

export interface AdminHandlerOptions {
  /** Ends the shell the core runs in; absent where there is nothing to quit (tests, tools). */
  requestQuit?: () => void;
}

export const CANNOT_QUIT =
  'This kiosk cannot be quit from admin; close it from the operating system instead.';

/** The core's side of the sign-in operations, the audit log's reader and the way out. */
export function createAdminHandlers(
  { sessions, audit }: AdminServices,
  { requestQuit }: AdminHandlerOptions = {},
): Pick<OperationHandlers, AdminOperation> {
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
    async quitKiosk({ token, initials }) {
      sessions.require(token);
      if (requestQuit === undefined) throw new ApiError('unavailable', CANNOT_QUIT);
      // Recorded first: a kiosk that cannot say who quit it stays open.
      await audit.append({ action: 'kiosk-quit', initials });
      // Quitting closes the window or the server this answer travels through. The answer is
      // handed on in promise callbacks, which all run before the next turn of the event loop.
      setImmediate(requestQuit);
      return undefined;
    },
  };
}
