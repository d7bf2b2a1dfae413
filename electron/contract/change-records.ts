import { z } from 'zod';

/** The part of the content a change is in; the audit log and the history group by it. */
export const CHANGE_AREAS = [
  'bureau',
  'programs',
  'privacy',
  'contact',
  'announcements',
  'hours',
  'closures',
  'settings',
  'content',
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/**
 * One change publishing would make (or a revision made): what, where as staff see it
 * ("Program 3, Contracts › Contracts Unit › phone number"), and the value before and after.
 * `text` marks prose, which the history shows word by word; values (numbers, times, settings)
 * are shown whole.
 */
export const ChangeRecord = z.object({
  kind: z.enum(['added', 'removed', 'changed', 'reordered', 'hidden', 'shown']),
  area: z.enum(CHANGE_AREAS),
  where: z.string(),
  /** '' where there was nothing (an addition). */
  from: z.string(),
  /** '' where nothing is left (a removal). */
  to: z.string(),
  text: z.boolean(),
});
export type ChangeRecord = z.output<typeof ChangeRecord>;

const valueOf = (value: string): string => (value === '' ? '(none)' : value);

/**
 * A record in one English line, for the audit log and for readers that predate records:
 * "Changed Program 1, Library Services › Library › phone number from (916) 555-0100 to …".
 * Prose is named, not quoted whole: the history shows its words.
 */
export function changeSentence(record: ChangeRecord): string {
  const { kind, where, from, to } = record;
  switch (kind) {
    case 'added':
      return record.text || to === '' ? `Added ${where}` : `Added ${where}: ${to}`;
    case 'removed':
      return record.text || from === '' ? `Removed ${where}` : `Removed ${where}: ${from}`;
    case 'hidden':
      return `Hid ${where} from visitors`;
    case 'shown':
      return `Showed ${where} to visitors again`;
    case 'reordered':
      return `Changed the order of ${where}`;
    case 'changed':
      return record.text
        ? `Changed the text of ${where}`
        : `Changed ${where} from ${valueOf(from)} to ${valueOf(to)}`;
  }
}
