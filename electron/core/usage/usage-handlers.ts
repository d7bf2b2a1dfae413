import { ApiError } from '../../contract/errors.ts';
import type { AdminServices } from '../admin/admin-services.ts';
import { recordFirst } from '../admin/record-first.ts';
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
      const unknown = counts.filter(({ kind, key }) => !usage.accepts(kind, key));
      if (unknown.length > 0) {
        throw new ApiError(
          'bad_request',
          'The kiosk does not count these names; nothing was counted.',
          unknown.map(({ kind, key }) => `${kind} “${key}”`),
        );
      }
      for (const { kind, key } of counts) usage.count(kind, key);
      return undefined;
    },
    async readUsage({ token }) {
      await sessions.require(token);
      return { ...usage.read(), programTitles: usage.programTitles() };
    },
    async setUsageCounting({ token, enabled, initials }) {
      await sessions.require(token);
      const onOff = enabled ? 'on' : 'off';
      let recorded = false;
      const record = async () => {
        await recordFirst(audit, `Usage counting was not turned ${onOff}`, {
          action: 'settings-changed',
          initials,
          detail: `Usage counts turned ${onOff}`,
        });
        recorded = true;
      };
      try {
        await usage.setEnabled(enabled, record);
      } catch (error) {
        // The audit log says it was done: it must also say it was not, after all.
        if (recorded) {
          const detail = `Usage counts were not turned ${onOff}: ${(error as Error).message}`;
          await audit
            .append({ action: 'settings-changed', initials, detail })
            .catch(() => undefined);
        }
        throw error;
      }
      return { enabled };
    },
    async exportUsageCsv({ token }) {
      await sessions.require(token);
      return { fileName: `kiosk-usage-${usage.today()}.csv`, text: usage.toCsv() };
    },
  };
}
