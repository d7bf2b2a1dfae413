import type { AdminServices } from '../admin/admin-services.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { UsageStore } from './usage-store.ts';

type UsageOperation = 'countUsage' | 'readUsage' | 'setUsageCounting' | 'exportUsageCsv';

/** Visitors' screens add counts with no session; reading, exporting and the switch are staff's. */
export function createUsageHandlers(
  usage: UsageStore,
  { sessions, audit }: AdminServices,
): Pick<OperationHandlers, UsageOperation> {
  return {
    async countUsage({ counts }) {
      for (const { kind, key } of counts) usage.count(kind, key);
      return undefined;
    },
    async readUsage({ token }) {
      sessions.require(token);
      return usage.read();
    },
    async setUsageCounting({ token, enabled, initials }) {
      sessions.require(token);
      await usage.setEnabled(enabled);
      await audit.append({
        action: 'settings-changed',
        initials,
        detail: `Usage counts turned ${enabled ? 'on' : 'off'}`,
      });
      return { enabled };
    },
    async exportUsageCsv({ token }) {
      sessions.require(token);
      return { fileName: `kiosk-usage-${usage.today()}.csv`, text: usage.toCsv() };
    },
  };
}
