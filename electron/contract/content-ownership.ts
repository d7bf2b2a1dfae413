import type { Content } from './content-schema.ts';

/**
 * Who owns each part of the content on a kiosk that follows the bureau's central source
 * (policy contentSource.localEditing). The IT guide's ownership table says the same in words:
 *
 * | part          | none    | announcements-and-hours | all                              |
 * |---------------|---------|-------------------------|----------------------------------|
 * | programs      | central | central                 | local (central fills until edited) |
 * | privacy       | central | central                 | local (central fills until edited) |
 * | announcements | central | local                   | local (central fills until edited) |
 * | hours         | central | local                   | local (central fills until edited) |
 * | settings      | central | central                 | local (central fills until edited) |
 *
 * Without a source every part is local. "programs" is the directory: the bureau's name and
 * overview with the programs; "settings" is the kiosk's own words and settings (content.kiosk).
 */
export const LOCAL_EDITING_MODES = ['none', 'announcements-and-hours', 'all'] as const;
export type LocalEditing = (typeof LOCAL_EDITING_MODES)[number];

/** What a kiosk with a source and no localEditing in its policy lets staff edit. */
export const DEFAULT_LOCAL_EDITING: LocalEditing = 'announcements-and-hours';

export const CONTENT_PARTS = ['programs', 'privacy', 'announcements', 'hours', 'settings'] as const;
export type ContentPart = (typeof CONTENT_PARTS)[number];

/** The content's own keys each part holds; schemaVersion goes with whichever content is newer. */
const PART_KEYS = {
  programs: ['bureau', 'programs'],
  privacy: ['privacy'],
  announcements: ['announcements'],
  hours: ['hours'],
  settings: ['kiosk'],
} as const satisfies Record<ContentPart, ReadonlyArray<keyof Content>>;

/** The parts staff cannot change on this kiosk; [] without a source and in mode "all". */
export function centralPartsOf(mode: LocalEditing | null): ContentPart[] {
  switch (mode) {
    case null:
    case 'all':
      return [];
    case 'announcements-and-hours':
      return ['programs', 'privacy', 'settings'];
    case 'none':
      return [...CONTENT_PARTS];
  }
}

/** `content` with each of `parts` taken from `from`: the rest stays as it is. */
export function withPartsFrom(
  content: Content,
  from: Content,
  parts: readonly ContentPart[],
): Content {
  const taken: Partial<Content> = {};
  for (const part of parts) {
    for (const key of PART_KEYS[part]) Object.assign(taken, { [key]: from[key] });
  }
  return { ...content, ...taken };
}

/** The parts of the content a field path (content-fields.ts) lies in; null for none. */
export function partOfPath(path: ReadonlyArray<string | number>): ContentPart | null {
  const key = path[0];
  return (
    CONTENT_PARTS.find((part) => (PART_KEYS[part] as readonly unknown[]).includes(key)) ?? null
  );
}

/** Whether staff change the field at `path` here, given the parts managed centrally. */
export function isLocalPath(
  path: ReadonlyArray<string | number>,
  central: readonly ContentPart[],
): boolean {
  const part = partOfPath(path);
  return part === null || !central.includes(part);
}

const PART_NAMES: Record<ContentPart, string> = {
  programs: 'the programs',
  privacy: 'the privacy notice',
  announcements: 'announcements',
  hours: 'office hours',
  settings: 'the kiosk settings',
};

/** "the programs, the privacy notice and the kiosk settings" */
export function partNames(parts: readonly ContentPart[]): string {
  const names = parts.map((part) => PART_NAMES[part]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What staff read where some parts are managed centrally and some are theirs. */
export function managedCentrallyWords(central: readonly ContentPart[]): string {
  const local = CONTENT_PARTS.filter((part) => !central.includes(part));
  const managed = partNames(central);
  return `${managed.charAt(0).toUpperCase()}${managed.slice(1)} ${central.length === 1 ? 'is' : 'are'} managed centrally on the publishing PC. Staff here change ${partNames(local)}.`;
}
