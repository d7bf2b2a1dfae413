import type { CentralStatus } from '../../contract/central-schema.ts';

/** How long before its manifest expires staff and IT are warned that the bundle needs re-signing. */
export const EXPIRY_WARNING_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The lines admin shows staff and the heartbeat gives IT (`problems`): the source that cannot be
 * followed, and the applied content about to expire. [] when all is well.
 */
export function centralProblems(status: CentralStatus, now: number): string[] {
  const lines: string[] = [];
  if (status.reason !== null) {
    const since = status.behindSince === null ? '' : ` since ${whenOf(status.behindSince)}`;
    lines.push(`Central content could not be updated${since}: ${status.reason}`);
  }
  // A kiosk keeping its own edits (mode "all") shows no central content that could expire.
  if (status.expiresAt !== null && status.keptLocal !== true) {
    const expiresAt = Date.parse(status.expiresAt);
    const day = status.expiresAt.slice(0, 10);
    if (expiresAt <= now) {
      lines.push(
        `The central content this kiosk shows expired on ${day}; IT needs to re-sign it (bundle resign).`,
      );
    } else if (expiresAt - now <= EXPIRY_WARNING_MS) {
      lines.push(
        `The central content this kiosk shows expires on ${day}; IT needs to re-sign it (bundle resign).`,
      );
    }
  }
  return lines;
}

/** 2026-12-06T16:43:19.000Z -> "2026-12-06 16:43 UTC": the kiosks of a fleet may sit in any zone. */
export function whenOf(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
