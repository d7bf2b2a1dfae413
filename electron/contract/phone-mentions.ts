import { contentFields, type FieldPath } from './content-fields.ts';
import type { Content } from './content-schema.ts';

/** How a number is written in running text; a replacement keeps the style. */
export type PhoneStyle = 'parens' | 'dashes' | 'dots' | 'digits' | 'local';

/** A phone number written in a text. */
export interface PhoneInText {
  start: number;
  end: number;
  /** As written, e.g. "227-4840". */
  found: string;
  /** Ten digits, or seven for a number written without its area code. */
  digits: string;
  style: PhoneStyle;
}

// Longest forms first, so "916-227-4840" is one number, not "916-227" and a stray "4840"; no
// digit on either side, so a longer run of digits (an order number, a zip+4) is not a number.
const PHONE_IN_TEXT =
  /(?<!\d)(?:\((?<pa>\d{3})\) ?(?<pb>\d{3})-(?<pc>\d{4})|(?<da>\d{3})-(?<db>\d{3})-(?<dc>\d{4})|(?<ta>\d{3})\.(?<tb>\d{3})\.(?<tc>\d{4})|(?<nd>\d{10})|(?<la>\d{3})-(?<lb>\d{4}))(?!\d)/g;

/** Every phone number written in `text`, in order. */
export function phonesInText(text: string): PhoneInText[] {
  return [...text.matchAll(PHONE_IN_TEXT)].map((m) => {
    const g = m.groups ?? {};
    const [style, digits]: [PhoneStyle, string] = g.pa
      ? ['parens', `${g.pa}${g.pb}${g.pc}`]
      : g.da
        ? ['dashes', `${g.da}${g.db}${g.dc}`]
        : g.ta
          ? ['dots', `${g.ta}${g.tb}${g.tc}`]
          : g.nd
            ? ['digits', g.nd]
            : ['local', `${g.la}${g.lb}`];
    return { start: m.index, end: m.index + m[0].length, found: m[0], digits, style };
  });
}

/** The digits of a stored number, "(916) 227-4840" → "9162274840"; '' for none. */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '');

/** Whether a number in text is `phone`: a seven-digit one matches on its last seven digits. */
export function isSameNumber(digits: string, phone: string): boolean {
  const full = phoneDigits(phone);
  if (full.length !== 10) return false;
  return digits.length === 7 ? full.endsWith(digits) : digits === full;
}

/**
 * `phone` (stored as "(916) 227-4899") written the way `like` was written, where `like` was
 * `was`, the number it replaces.
 */
export function writeLike(like: PhoneInText, phone: string, was: string): string {
  const d = phoneDigits(phone);
  const [area, exchange, line] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  switch (like.style) {
    case 'dashes':
      return `${area}-${exchange}-${line}`;
    case 'dots':
      return `${area}.${exchange}.${line}`;
    case 'digits':
      return d;
    case 'parens':
      return like.found.includes(') ')
        ? `(${area}) ${exchange}-${line}`
        : `(${area})${exchange}-${line}`;
    case 'local':
      // Written without an area code, it shared the old number's: a new one elsewhere needs its own.
      return phoneDigits(was).startsWith(area)
        ? `${exchange}-${line}`
        : `(${area}) ${exchange}-${line}`;
  }
}

/** The sentence around [start, end) in `text`, so staff see the number in its words. */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?](?=\s)|\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index + 1;
    if (at <= start) from = at;
    else if (m.index >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to).trim();
}

/** A number written in one of the content's texts, with its place as staff see it. */
export interface PhoneMention extends PhoneInText {
  /** The text's place in the content, and its key (stable while staff edit elsewhere). */
  path: FieldPath;
  key: string;
  /** "Program 2, Training Reimbursement › Description, paragraph 1 (Spanish)". */
  where: string;
  /** The agency's own words: changing them needs staff to confirm. */
  agency: boolean;
  sentence: string;
}

/** Every phone number written in any text of the content (never in the number fields). */
export function phoneMentions(content: Content): PhoneMention[] {
  return contentFields(content)
    .filter((field) => field.text)
    .flatMap((field) =>
      phonesInText(field.value).map((phone) => ({
        ...phone,
        path: field.path,
        key: field.key,
        where: field.where,
        agency: field.agency,
        sentence: sentenceAround(field.value, phone.start, phone.end),
      })),
    );
}

/** Where `phone` is written in the content's texts, in whatever format. */
export function mentionsOf(content: Content, phone: string): PhoneMention[] {
  return phoneMentions(content).filter((m) => isSameNumber(m.digits, phone));
}

const read = (root: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], root);

/** A copy of `root` with `value` at `path`, sharing everything off the path. */
function writeAt(root: unknown, path: FieldPath, value: string): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  const at = root as Record<string | number, unknown>;
  const next = writeAt(at[step], rest, value);
  if (Array.isArray(root)) return root.map((item, i) => (i === step ? next : item));
  return { ...at, [step]: next };
}

/**
 * The content with the given mentions of the number `was` written as `phone`, each in its own
 * style. A mention whose text has changed since it was found is left alone.
 */
export function replaceMentions(
  content: Content,
  mentions: readonly PhoneMention[],
  { was, phone }: { was: string; phone: string },
): Content {
  // From the end of each text backwards, so earlier positions stay where they were found.
  const ordered = [...mentions].sort((a, b) => b.start - a.start);
  return ordered.reduce((next, mention) => {
    const text = read(next, mention.path);
    if (typeof text !== 'string' || text.slice(mention.start, mention.end) !== mention.found) {
      return next;
    }
    const replaced =
      text.slice(0, mention.start) + writeLike(mention, phone, was) + text.slice(mention.end);
    return writeAt(next, mention.path, replaced) as Content;
  }, content);
}

/** A number in the draft's texts that staff should look at before publishing. */
export interface NumberProblem extends PhoneMention {
  /**
   * 'old': a number a unit had in the published content and no longer has in the draft;
   * 'unknown': a number that is no unit's (nor the privacy contact's) anywhere in the draft.
   */
  why: 'old' | 'unknown';
  /** Stable while staff work through the list: the text, and the number as written there. */
  id: string;
}

const numbersOf = (content: Content): string[] =>
  [
    ...content.programs.flatMap((p) => p.units.map((u) => u.phone)),
    content.privacy.moreInfo.contact.phone,
  ].filter((phone) => phone !== '');

/**
 * Every number in the draft's texts that is a unit's old number, or no one's: a wrong number is
 * the worst thing a directory can show, so publishing asks staff to fix or keep each.
 */
export function numberProblems(published: Content, draft: Content): NumberProblem[] {
  const current = numbersOf(draft);
  const old = numbersOf(published).filter(
    (phone) => !current.some((c) => phoneDigits(c) === phoneDigits(phone)),
  );
  return phoneMentions(draft).flatMap((mention) => {
    const why = old.some((phone) => isSameNumber(mention.digits, phone))
      ? 'old'
      : current.some((phone) => isSameNumber(mention.digits, phone))
        ? null
        : 'unknown';
    return why === null ? [] : [{ ...mention, why, id: `${mention.key}|${mention.found}` }];
  });
}
