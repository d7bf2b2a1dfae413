import type { RevisionInfo } from '../../../electron/contract/editing-schema.ts';
import type { PublisherStatus } from '../../../electron/contract/publisher-status.ts';
import { EXPIRY_WARNING_MS } from './central-banner.ts';

/** e.g. "Jan 5, 2027": the day is what staff plan by; the hour adds nothing. */
export const expiryDay = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' });

/** What the kiosks have now, as the publishing PC's header says it. */
export function kioskContentLine(publisher: PublisherStatus): string {
  if (publisher.version === null) return "Kiosks' content: nothing sent to them from here yet.";
  const expires = publisher.expiresAt ? `, expires ${expiryDay(publisher.expiresAt)}` : '';
  return `Kiosks' content: version ${publisher.version}${expires}`;
}

/**
 * Within a week of the kiosks' expiry the app renews it with the key it holds; without one
 * (restarted since the last send) staff must send again. Null while nothing needs doing.
 */
export function renewLine(publisher: PublisherStatus, now: number): string | null {
  const { expiresAt, keyHeld } = publisher;
  if (keyHeld || !expiresAt || Date.parse(expiresAt) - now > EXPIRY_WARNING_MS) return null;
  return `The kiosks' content expires on ${expiryDay(expiresAt)}. Send it to all kiosks again (with the key's passphrase) to renew it.`;
}

/** Whether, and as which version, History's revision went to every kiosk; null if it did not. */
export const sentLine = (revision: RevisionInfo): string | null =>
  revision.sentAs ? `Sent to all kiosks as version ${revision.sentAs.version}` : null;

/** Why "Publish to all kiosks" is off: only published content is signed. */
export const UNPUBLISHED_DRAFT_REASON =
  'Publish your draft first (Publish), then send it to all kiosks.';
