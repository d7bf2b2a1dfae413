import { ApiError } from '../../contract/errors.ts';
import { AuditWriteError, type AuditLog, type AuditRecord } from './audit-log.ts';

/**
 * Writes a change's audit lines before the change is made: a change the kiosk cannot record is
 * not made, and staff are told why in plain words, after `refused` (e.g. "Nothing was
 * published").
 */
export async function recordFirst(
  audit: AuditLog,
  refused: string,
  ...records: AuditRecord[]
): Promise<void> {
  try {
    await audit.append(...records);
  } catch (error) {
    const reason =
      error instanceof AuditWriteError
        ? error.reason
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ApiError(
      'unavailable',
      `${refused}: the kiosk writes every change in its audit log before making it, and the audit log cannot be written (${reason}). Please tell IT.`,
    );
  }
}
