import type { z } from 'zod';
import { isImpossibleDate, isImpossibleDateTime, isImpossibleUsDate } from './calendar.ts';
import type { ContentV5 } from './content-schema.ts';
import { directionControlIn, hasVisibleText, length, longestWord } from './text-rules.ts';

type Content = z.output<typeof ContentV5>;
type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Programs on one kiosk; also what bounds the usage counts kept per day. */
export const MAX_PROGRAMS = 100;
/** As long as a usage key may be, since program ids are counted under their id. */
export const ID_MAX = 64;
/** Titles, names and headings: what fits a tile or a heading. */
export const SHORT_TEXT_MAX = 120;
export const LONG_TEXT_MAX = 2000;
export const EMAIL_MAX = 254;
/** The longest run with no space that still wraps on the narrowest screen. */
export const WORD_MAX = 40;

const SHORT_FIELDS = new Set([
  'title',
  'heading',
  'name',
  'listTitle',
  'pageTitle',
  'programsHeading',
  'attractTitle',
  'abbreviation',
]);
// Fields whose format their own schema checks (a phone number, a date, an address): the rules
// of readable text do not apply, only the one about direction controls.
const FORMATTED = new Set([
  'id',
  'phone',
  'webAddress',
  'startsAt',
  'endsAt',
  'startDate',
  'endDate',
  'kind',
  'time',
  'policyDate',
  'type',
  'defaultLanguage',
  'opens',
  'closes',
]);
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The rules version 4 added, for what the kiosk writes (see Content): every id its own, text a
 * person can read, dates and times that exist, no overlapping hours, at least one program to
 * show. Each problem is reported where it is, in words that say what to do.
 */
export function checkContentRules(content: Content, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkTexts(content, [], report);
  checkIds(content, report);
  checkDates(content, report);
  checkHours(content.hours.weekly, report);
  checkPrograms(content.programs, report);
}

function checkTexts(value: unknown, path: Path, report: Report): void {
  if (typeof value === 'string') {
    checkText(value, path, report);
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => checkTexts(item, [...path, index], report));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkTexts(item, [...path, key], report);
  }
}

function checkText(text: string, path: Path, report: Report): void {
  const control = directionControlIn(text);
  if (control !== null) {
    report(
      path,
      `This text holds a hidden character that changes the direction of the text around it (${control}): remove it.`,
    );
    return;
  }
  const leaf = path.at(-1);
  if (text === '' || (typeof leaf === 'string' && FORMATTED.has(leaf))) return;
  if (!hasVisibleText(text)) {
    const orEmpty = leaf === 'es' || leaf === 'email' ? ', or leave it empty' : '';
    report(
      path,
      `This text is only invisible characters (such as zero-width spaces): type the words${orEmpty}.`,
    );
    return;
  }
  if (leaf === 'email') {
    if (length(text) > EMAIL_MAX)
      report(path, `An email address is at most ${EMAIL_MAX} characters.`);
    return;
  }
  const word = longestWord(text);
  if (length(word) > WORD_MAX) {
    report(
      path,
      `A word here is ${length(word)} characters with no space (“${[...word].slice(0, 20).join('')}…”): at most ${WORD_MAX} fit across a screen.`,
    );
  }
  // A localized text is named by its field: programs.0.title.en is a title.
  const field = leaf === 'en' || leaf === 'es' ? path.at(-2) : leaf;
  const max = typeof field === 'string' && SHORT_FIELDS.has(field) ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
  if (length(text) > max)
    report(path, `This text is ${length(text)} characters: at most ${max} fit.`);
}

function checkIds(content: Content, report: Report): void {
  const unique = (what: string) => {
    const seen = new Set<string>();
    return (id: string, path: Path) => {
      if (id.length > ID_MAX) report(path, `An id is at most ${ID_MAX} characters.`);
      if (seen.has(id)) {
        report(path, `Another ${what} already uses the id “${id}”: each ${what} needs its own.`);
      }
      seen.add(id);
    };
  };
  const program = unique('program');
  const unit = unique('unit');
  const announcement = unique('announcement');
  content.programs.forEach((p, i) => {
    program(p.id, ['programs', i, 'id']);
    p.units.forEach((u, j) => unit(u.id, ['programs', i, 'units', j, 'id']));
  });
  content.announcements.forEach((a, i) => announcement(a.id, ['announcements', i, 'id']));
}

function checkDates(content: Content, report: Report): void {
  content.hours.closures.forEach((closure, i) => {
    for (const end of ['startDate', 'endDate'] as const) {
      if (isImpossibleDate(closure[end])) {
        report(['hours', 'closures', i, end], `There is no such date as ${closure[end]}.`);
      }
    }
  });
  content.announcements.forEach((a, i) => {
    for (const end of ['startsAt', 'endsAt'] as const) {
      if (isImpossibleDateTime(a[end])) {
        report(['announcements', i, end], `There is no such time as ${a[end]}.`);
      }
    }
  });
  const { policyDate } = content.privacy;
  if (isImpossibleUsDate(policyDate)) {
    report(['privacy', 'policyDate'], `There is no such date as ${policyDate}.`);
  }
}

function checkHours(weekly: Content['hours']['weekly'], report: Report): void {
  weekly.forEach((hours, i) => {
    const overlapped = weekly
      .slice(0, i)
      .find(
        (earlier) =>
          earlier.day === hours.day && hours.opens < earlier.closes && earlier.opens < hours.closes,
      );
    if (overlapped !== undefined) {
      report(
        ['hours', 'weekly', i, 'opens'],
        `These hours overlap ${overlapped.opens}–${overlapped.closes} on ${DAYS[hours.day] ?? 'that day'}: join them, or fix the times.`,
      );
    }
  });
}

function checkPrograms(programs: Content['programs'], report: Report): void {
  if (programs.length > MAX_PROGRAMS) {
    report(
      ['programs'],
      `There are ${programs.length} programs: the kiosk shows at most ${MAX_PROGRAMS}.`,
    );
  }
  // An empty list is the schema's to refuse.
  if (programs.length > 0 && programs.every((program) => program.hidden)) {
    report(
      ['programs'],
      'Every program is hidden, so visitors would find none: show at least one.',
    );
  }
}
