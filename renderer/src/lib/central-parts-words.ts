import {
  CONTENT_PARTS,
  partNames,
  type ContentPart,
} from '../../../electron/contract/content-ownership.ts';

/** The note on a section staff cannot change because its part comes from the central source. */
export function managedCentrallyNote(part: ContentPart): string {
  // "the privacy notice" is the one name in the singular.
  const verb = part === 'privacy' ? 'comes' : 'come';
  return `Managed centrally: ${partNames([part])} ${verb} from the bureau's publishing PC and cannot be changed on this kiosk.`;
}

/**
 * What a restore or an import takes where some parts are staff's and some central (the core
 * keeps the central ones as visitors see them); null where it takes everything, or nothing.
 */
export function localOnlyLine(
  action: 'restore' | 'import',
  central: readonly ContentPart[],
): string | null {
  const local = CONTENT_PARTS.filter((part) => !central.includes(part));
  if (central.length === 0 || local.length === 0) return null;
  const what = partNames(local);
  return action === 'restore'
    ? `Restore brings back only ${what} here; the rest stays as the central content has it.`
    : `Import takes only ${what} from a file here; the rest stays as the central content has it.`;
}
