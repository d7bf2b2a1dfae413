import type { z } from 'zod';
import { placeOf, placeText, valueAt, type ContentPath } from './content-places.ts';
import { PHONE_HINT } from './content-schema.ts';

/**
 * Why a file cannot be imported, in staff's words: each problem names the place as the admin
 * screens show it and says what to do. Zod's own wording ("Invalid input: expected string,
 * received undefined") and dotted paths never reach staff.
 */

export const CHOOSE_EXPORTED = 'Choose a file that Export made.';
export const NOT_CONTENT = `This file is not a kiosk content file. ${CHOOSE_EXPORTED}`;

// What a file made by Export always holds; anything else was never a content file.
const EXPORT_FIX = 'A file that Export makes always has it: export the content again.';

/** The file is not JSON: where it broke, and what to choose instead. */
export function damagedFile(text: string, error: Error): string {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? text.length);
  // The parser trips at the very end of a file cut short; anywhere else, the file was changed.
  if (position < text.trimEnd().length) {
    const line = text.slice(0, position).split('\n').length;
    return `This file is not a kiosk content file: it is damaged near line ${line}, perhaps changed by hand. ${CHOOSE_EXPORTED}`;
  }
  return `This file is not a kiosk content file: it stops part way, perhaps copied before it was complete. ${CHOOSE_EXPORTED}`;
}

export function tooLarge(chars: number, max: number): string {
  const kb = (n: number) => `${Math.ceil(n / 1000)} KB`;
  return `This file is too large to be a kiosk content file (${kb(chars)}; a content file is under ${kb(max)}). ${CHOOSE_EXPORTED}`;
}

export function fromNewerKiosk(version: number, current: number): string {
  return `This file was made by a newer kiosk (content version ${version}; this kiosk reads up to ${current}). Ask IT to update this kiosk, then import the file again.`;
}

/** Whether `json` looks like a content file at all, whatever is wrong inside it. */
export function looksLikeContent(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const record = json as Record<string, unknown>;
  return (
    typeof record.schemaVersion === 'number' &&
    Array.isArray(record.programs) &&
    typeof record.privacy === 'object'
  );
}

export function unknownField(doc: unknown, path: ContentPath): string {
  const name = String(path.at(-1));
  const where = placeOf(doc, path.slice(0, -1));
  return `${placeText(where)}: the file has a field “${name}” this kiosk does not know, so it is refused rather than lose what it holds. ${EXPORT_FIX}`;
}

/** One sentence or two per zod issue, about `doc` (the file as read, after migrating). */
export function describeIssue(doc: unknown, issue: z.core.$ZodIssue): string {
  const place = placeOf(doc, issue.path);
  const value = valueAt(doc, issue.path);
  const field = place.field || 'this';
  const lead = `${place.where}: ${field}`;
  if (issue.path.at(-1) === 'phone' && typeof value === 'string') {
    return `${lead} ${phoneProblem(value)} A number looks like ${examplePhone(doc, issue.path)}.`;
  }
  if (value === undefined) return `${lead} is missing. ${EXPORT_FIX}`;
  const own = ownMessage(issue);
  if (own) return `${lead}: ${sentence(own)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${lead} should be ${kindOf(issue.expected)}. ${EXPORT_FIX}`;
    case 'too_small':
      return `${lead} is empty; it needs at least ${issue.minimum === 1 ? 'one entry' : `${String(issue.minimum)} entries`}. Fill it in, or export the content again.`;
    case 'too_big':
      return `${lead} is too long (at most ${String(issue.maximum)}). Shorten it, or export the content again.`;
    case 'invalid_value':
      return `${lead} holds “${String(value)}”, which this kiosk does not know. ${EXPORT_FIX}`;
    default:
      return `${lead} is not in the form the kiosk writes. ${EXPORT_FIX}`;
  }
}

// Zod's default messages name types and sizes for developers; the schema's own say what to do.
const GENERIC = /^(invalid|too (small|big)|unrecognized|expected)\b/i;

function ownMessage(issue: z.core.$ZodIssue): string | undefined {
  if (!GENERIC.test(issue.message)) return issue.message;
  if (issue.code !== 'invalid_union') return undefined;
  // A union (a time or nothing) reports each branch: the one with its own words helps.
  return issue.errors
    .flat()
    .map((branch) => branch.message)
    .find((message) => !GENERIC.test(message));
}

function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function kindOf(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    default:
      return 'a group of fields';
  }
}

function phoneProblem(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  if (digits < 10) return `${phone} is too short.`;
  if (digits > 10) return `${phone} is too long.`;
  return `${phone} is not written the way the kiosk shows numbers.`;
}

const PHONE_IN_TEXT = /\(\d{3}\) \d{3}-\d{4}/;

/**
 * A well-formed number from the file itself, nearest the problem: the program's own texts
 * first, then anywhere in the file; the schema's hint (a number of the agency's) if none.
 */
function examplePhone(doc: unknown, path: ContentPath): string {
  const near = path[0] === 'programs' ? valueAt(doc, path.slice(0, 2)) : undefined;
  return firstPhoneIn(near) ?? firstPhoneIn(doc) ?? firstPhoneIn(PHONE_HINT) ?? PHONE_HINT;
}

function firstPhoneIn(value: unknown): string | undefined {
  if (typeof value === 'string') return PHONE_IN_TEXT.exec(value)?.[0];
  if (typeof value !== 'object' || value === null) return undefined;
  for (const child of Object.values(value)) {
    const found = firstPhoneIn(child);
    if (found) return found;
  }
  return undefined;
}
