import {
  CENTRAL_LOCKED_MESSAGE,
  type CentralStatus,
} from '../../../electron/contract/central-schema.ts';
import {
  centralPartsOf,
  managedCentrallyWords,
  type LocalEditing,
} from '../../../electron/contract/content-ownership.ts';

/** The kiosk warns this long before the applied manifest expires, as the heartbeat does. */
export const EXPIRY_WARNING_MS = 7 * 24 * 60 * 60_000;

export interface CentralBannerInput {
  central: CentralStatus;
  now: number;
  /** A moment in staff's words, e.g. "Dec 6, 2026, 4:05 PM". */
  when: (iso: string) => string;
}

export interface CentralBannerWords {
  /** Where the content comes from, and which version visitors see. */
  source: string;
  /** What staff may change here and what comes from the central source. */
  editing: string;
  /** A verified central version not shown because staff's own edits win; null otherwise. */
  keptLocal: string | null;
  /** Why the kiosk is behind, and since when; null while it is up to date. */
  behind: string | null;
  /** The applied version expires within a week; null otherwise. */
  expiry: string | null;
}

/**
 * What admin says about the bureau's central source: where content comes from, which parts
 * staff cannot change here and, when updates stopped coming, why, in IT's words.
 */
export function centralBanner({ central, now, when }: CentralBannerInput): CentralBannerWords {
  // A core from before localEditing locked everything.
  const mode = central.localEditing ?? 'none';
  const keptLocal = central.keptLocal === true && central.version !== null;
  const source =
    central.version === null
      ? "Content is to come from the bureau's central source; none has arrived yet, so visitors see what was published on this kiosk before."
      : keptLocal
        ? `This kiosk follows the bureau's central source.${central.keyId ? ` Its latest version is signed with key ${central.keyId}.` : ''}`
        : `Content comes from the bureau's central source (version ${central.version}).${central.keyId ? ` It is signed with key ${central.keyId}.` : ''}`;
  // The first refusal starts "behind"; a source never reached has only its last check.
  const since = central.behindSince ?? central.lastCheckAt;
  const behind =
    central.reason === null
      ? null
      : since === null
        ? `Not updated: ${central.reason}`
        : `Not updated since ${when(since)}: ${central.reason}`;
  return {
    source,
    editing: editingWords(mode),
    keptLocal: keptLocal
      ? `Version ${central.version} of the central content was not applied: this kiosk's own edits are kept.`
      : null,
    behind,
    // Visitors see none of a version kept back, so its expiry is nothing staff need to hear of.
    expiry: keptLocal ? null : expiryWords(central.expiresAt, now, when),
  };
}

function editingWords(mode: LocalEditing): string {
  switch (mode) {
    case 'none':
      return CENTRAL_LOCKED_MESSAGE;
    case 'announcements-and-hours':
      return managedCentrallyWords(centralPartsOf(mode));
    case 'all':
      return "Staff here can change everything. The bureau's central content fills this kiosk only until it is edited here.";
  }
}

function expiryWords(
  expiresAt: string | null,
  now: number,
  when: CentralBannerInput['when'],
): string | null {
  if (expiresAt === null) return null;
  const at = Date.parse(expiresAt);
  if (at - now > EXPIRY_WARNING_MS) return null;
  return `${at <= now ? 'It expired on' : 'It expires on'} ${when(expiresAt)}; IT needs to re-sign it.`;
}
