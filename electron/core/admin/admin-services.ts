import type { Logger } from '../logger.ts';
import type { DurableFs } from '../store/durable-fs.ts';
import { createAdminSessions, type AdminSessions } from './admin-sessions.ts';
import { createAuditLog, type AuditLog } from './audit-log.ts';
import type { Now } from '../clock.ts';

/** What every admin operation of the core needs: who is signed in, and where to record it. */
export interface AdminServices {
  sessions: AdminSessions;
  audit: AuditLog;
}

export interface AdminServicesOptions {
  dataDir: string;
  log: Logger;
  /** Epoch milliseconds; tests drive it. */
  now: Now;
  fs?: DurableFs;
  platform?: NodeJS.Platform;
  /** IT's policy's adminPinHash: sign-in checks it instead of security.json's. */
  policyPinHash?: string | undefined;
  /** Why IT's policy keeps admin closed; see AdminSessionsOptions. */
  policyAdminClosed?: string | undefined;
  /** See AdminSessionsOptions. */
  newDataFolder?: boolean | undefined;
}

export function createAdminServices(options: AdminServicesOptions): AdminServices {
  const audit = createAuditLog(options);
  return { audit, sessions: createAdminSessions({ ...options, audit }) };
}
