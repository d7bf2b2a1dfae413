import type { CentralStatus } from '../../contract/central-schema.ts';
import { ApiError } from '../../contract/errors.ts';
import type { PublisherStatus } from '../../contract/publisher-status.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { AdminServices } from './admin-services.ts';
import { recordFirst } from './record-first.ts';

type AdminOperation = 'adminStatus' | 'adminSignIn' | 'adminSignOut' | 'readAuditLog' | 'quitKiosk';

export interface AdminHandlerOptions {
  /** Ends the shell the core runs in; absent where there is nothing to quit (tests, tools). */
  requestQuit?: () => void;
  /** The kiosk's other problems, listed before sign-in's own in adminStatus. */
  problems?: () => Promise<string[]>;
  /** How the kiosk follows IT's central source (null: it follows none), for staff's banner. */
  central?: () => CentralStatus | null;
  /** The publishing PC's state (null on a kiosk), for its "Publish to all kiosks" button. */
  publisher?: () => PublisherStatus | null;
}

export const CANNOT_QUIT =
  'This kiosk cannot be quit from admin; close it from the operating system instead.';

/** The core's side of the sign-in operations, the audit log's reader and the way out. */
export function createAdminHandlers(
  { sessions, audit }: AdminServices,
  {
    requestQuit,
    problems = async () => [],
    central = () => null,
    publisher = () => null,
  }: AdminHandlerOptions = {},
): Pick<OperationHandlers, AdminOperation> {
  return {
    async adminStatus() {
      const status = await sessions.status();
      return {
        ...status,
        problems: [...(await problems()), ...status.problems],
        central: central(),
        publisher: publisher(),
      };
    },
    adminSignIn: ({ pin }) => sessions.signIn(pin),
    async adminSignOut({ token }) {
      await sessions.signOut(token);
      return undefined;
    },
    async readAuditLog({ token, before, limit }) {
      await sessions.require(token);
      return audit.read({ before, limit });
    },
    async quitKiosk({ token, initials }) {
      await sessions.require(token);
      if (requestQuit === undefined) throw new ApiError('unavailable', CANNOT_QUIT);
      // Recorded first: a kiosk that cannot say who quit it stays open.
      await recordFirst(audit, 'The kiosk was not quit', { action: 'kiosk-quit', initials });
      // Quitting closes the window or the server this answer travels through. The answer is
      // handed on in promise callbacks, which all run before the next turn of the event loop.
      setImmediate(requestQuit);
      return undefined;
    },
  };
}
