// The process the crash harness kills: it publishes in a loop, saying on standard output which
// revision it is writing and which the store has acknowledged. Publish N carries an
// announcement "publish-N", so the content on disk says which publish it holds. It claims the
// data folder as a kiosk app does: each life takes over the lock its killed predecessor left.
import { createAuditLog } from '../../electron/core/admin/audit-log.ts';
import { systemNow } from '../../electron/core/clock.ts';
import { openEditing } from '../../electron/core/editing/open-editing.ts';
import { claimDataFolder } from '../../electron/core/lock/claim-data-folder.ts';
import { openContentStore } from '../../electron/core/store/content-store.ts';
import { nodeDurableFs } from '../../electron/core/store/durable-fs.ts';
import { createStoreAlerts } from '../../electron/core/store/store-alerts.ts';
import type { Logger } from '../../electron/core/logger.ts';

const [dataDir, defaultContentPath] = process.argv.slice(2);
if (!dataDir || !defaultContentPath)
  throw new Error('usage: publish-child DATA_DIR DEFAULT_CONTENT');

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const now = () => Date.now();
const fs = nodeDurableFs;
const lock = await claimDataFolder({ fs, dataDir, platform: process.platform, log: quiet });
if (lock.problem !== null) throw new Error(lock.problem);
const alerts = createStoreAlerts({ fs, now: systemNow, log: quiet });
const store = await openContentStore({ dataDir, defaultContentPath, log: quiet, alerts });
const audit = createAuditLog({ dataDir, log: quiet, now });
const editing = await openEditing({ dataDir, store, audit, alerts, log: quiet, now });

let n = publishNumber(store.get().content.announcements[0]?.id);
process.stdout.write(`open ${n}\n`);
for (;;) {
  n += 1;
  const content = structuredClone(store.get().content);
  content.announcements = [
    { id: `publish-${n}`, text: { en: `Publish ${n}`, es: '' }, startsAt: '', endsAt: '' },
  ];
  await editing.saveDraft(content);
  process.stdout.write(`writing ${n}\n`);
  await editing.publish('CK');
  process.stdout.write(`ack ${n}\n`);
}

function publishNumber(id: string | undefined): number {
  const match = /^publish-(\d+)$/.exec(id ?? '');
  return match ? Number(match[1]) : 0;
}
