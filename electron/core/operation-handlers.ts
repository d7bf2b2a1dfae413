import type { CentralStatus } from '../contract/central-schema.ts';
import { createAdminHandlers } from './admin/admin-handlers.ts';
import type { AdminServices } from './admin/admin-services.ts';
import { createEditingHandlers } from './editing/editing-handlers.ts';
import type { EditingService } from './editing/editing-service.ts';
import { createPublishHandlers } from './publish/publish-handlers.ts';
import type { Publisher } from './publish/publisher.ts';

/** What the operations work on, beside the published content. */
export interface CoreServices {
  admin: AdminServices;
  editing: EditingService;
  usage: UsageStore;
  /** Ends the shell, for admin's "Quit the kiosk"; absent where there is nothing to quit. */
  requestQuit?: () => void;
  /** IT's policy as read at start; absent: no policy. */
  policy?: PolicyState;
  /** What keeps the kiosk from working as it should, beside sign-in's own (see AdminStatus). */
  problems?: () => Promise<string[]>;
  /** Where export and import may go (transfer-places.ts); absent: nowhere. */
  transfer?: TransferService;
  /** What the renderer's watchdog waits with; absent: the system's. */
  timers?: Timers;
  /** How the kiosk follows IT's central source, for adminStatus; absent: it follows none. */
  central?: () => CentralStatus | null;
  /** Subscribes to changes of `central`'s answer; absent: it never changes. */
  centralChanges?: (listener: () => void) => () => void;
  /** The publishing PC's signer (policy role "publisher"); absent or null on a kiosk. */
  publisher?: Publisher | null;
  /** The clock the fleet's status files are judged by; absent: the system's. */
  now?: Now;
}
import type { OperationHandlers } from './kiosk-core-types.ts';
import { createPolicyHandlers } from './policy/policy-handlers.ts';
import { contentForVisitors } from './policy/policy-rules.ts';
import { NO_POLICY_STATE, type PolicyState } from './policy/read-policy.ts';
import type { ContentStore } from './store/content-store.ts';
import { createTransferHandlers } from './transfer/transfer-handlers.ts';
import { createTransferService, type TransferService } from './transfer/transfer-places.ts';
import { createUsageHandlers } from './usage/usage-handlers.ts';
import type { UsageStore } from './usage/usage-store.ts';
import { systemNow, type Now, type Timers } from './clock.ts';
import { createFleetHandlers } from './fleet/fleet-handlers.ts';

/**
 * One handler per operation of the contract but the renderer's own (create-kiosk-core.ts adds
 * those); the type fails to check if one is missing.
 */
export function createOperationHandlers(
  store: ContentStore,
  {
    admin,
    editing,
    usage,
    requestQuit,
    policy = NO_POLICY_STATE,
    problems,
    transfer = createTransferService({}),
    central,
    publisher = null,
    now = systemNow,
  }: CoreServices,
): Omit<OperationHandlers, 'reportScreenError' | 'rendererAlive' | 'reportMissingVoices'> {
  const editingHandlers = createEditingHandlers(editing, admin);
  return {
    async getPublishedContent() {
      const { revision, content } = store.get();
      return { revision, content: contentForVisitors(content, policy.policy) };
    },
    async readStoreAlerts({ token }) {
      await admin.sessions.require(token);
      return {
        alerts: store.alerts().map(({ file, movedTo, reason, issues, at }) => ({
          file,
          // Left where it was: the reason says so, and the file is where it is kept.
          movedTo: movedTo ?? file,
          reason,
          issues,
          at,
        })),
      };
    },
    ...createAdminHandlers(admin, {
      requestQuit,
      problems,
      central,
      publisher: () => publisher?.status() ?? null,
    }),
    ...editingHandlers,
    ...createPublishHandlers(publisher, admin, editingHandlers.listRevisions),
    ...createFleetHandlers(publisher !== null, policy.policy, admin, now),
    ...createTransferHandlers(transfer, editing, usage, admin),
    ...createUsageHandlers(usage, admin),
    ...createPolicyHandlers(policy),
  };
}
