import type { Content, Program } from '../../contract/content-schema.ts';

/** At most this many lines; the rest are counted, so the history stays readable. */
const MAX_LINES = 12;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const quote = (text: string): string => `“${text}”`;

/** The program's own words, apart from what is described line by line above. */
const prose = (p: Program) => [p.heading, p.description, p.listTitle, p.list, p.keyFacts];

function describeProgram(before: Program, after: Program): string[] {
  const name = quote(after.title.en);
  const lines: string[] = [];
  if (!same(before.title, after.title)) {
    lines.push(`Renamed program ${quote(before.title.en)} to ${name}`);
  }
  const unitsBefore = new Map(before.units.map((u) => [u.id, u]));
  for (const unit of after.units) {
    const old = unitsBefore.get(unit.id);
    if (!old) lines.push(`Added ${quote(unit.name.en)} to ${name}`);
    else {
      if (old.phone !== unit.phone) {
        lines.push(
          `Changed the phone number of ${quote(unit.name.en)} from ${old.phone || '(none)'} to ${unit.phone || '(none)'}`,
        );
      }
      if (!same(old.name, unit.name)) lines.push(`Renamed ${quote(old.name.en)} in ${name}`);
    }
  }
  const unitIds = new Set(after.units.map((u) => u.id));
  for (const unit of before.units) {
    if (!unitIds.has(unit.id)) lines.push(`Removed ${quote(unit.name.en)} from ${name}`);
  }
  if (before.hidden !== after.hidden) {
    lines.push(after.hidden ? `Hid ${name} from visitors` : `Showed ${name} to visitors again`);
  }
  if (before.webAddress !== after.webAddress) {
    lines.push(
      after.webAddress === ''
        ? `Removed the web address of ${name}`
        : `Set the web address of ${name} to ${after.webAddress}`,
    );
  }
  if (!same(prose(before), prose(after))) lines.push(`Changed the text of ${name}`);
  return lines;
}

function describePrograms(before: Program[], after: Program[]): string[] {
  const lines: string[] = [];
  const byId = new Map(before.map((p) => [p.id, p]));
  const afterIds = new Set(after.map((p) => p.id));
  for (const program of after) {
    const old = byId.get(program.id);
    if (!old) lines.push(`Added program ${quote(program.title.en)}`);
    else lines.push(...describeProgram(old, program));
  }
  for (const program of before) {
    if (!afterIds.has(program.id)) lines.push(`Removed program ${quote(program.title.en)}`);
  }
  const kept = (list: Program[]) =>
    list.map((p) => p.id).filter((id) => byId.has(id) && afterIds.has(id));
  if (!same(kept(before), kept(after))) lines.push('Changed the order of the programs');
  return lines;
}

function describeAnnouncements(before: Content, after: Content): string[] {
  const lines: string[] = [];
  const byId = new Map(before.announcements.map((a) => [a.id, a]));
  const afterIds = new Set(after.announcements.map((a) => a.id));
  for (const a of after.announcements) {
    const old = byId.get(a.id);
    if (!old) lines.push(`Added the announcement ${quote(a.text.en)}`);
    else if (!same(old, a)) lines.push(`Changed the announcement ${quote(a.text.en)}`);
  }
  for (const a of before.announcements) {
    if (!afterIds.has(a.id)) lines.push(`Removed the announcement ${quote(a.text.en)}`);
  }
  return lines;
}

function describeKiosk(before: Content['kiosk'], after: Content['kiosk']): string[] {
  const lines: string[] = [];
  if (before.idleTimeoutSeconds !== after.idleTimeoutSeconds) {
    lines.push(
      `Changed the idle timeout from ${before.idleTimeoutSeconds} to ${after.idleTimeoutSeconds} seconds`,
    );
  }
  if (before.defaultLanguage !== after.defaultLanguage) {
    lines.push(
      `Changed the start language to ${after.defaultLanguage === 'es' ? 'Spanish' : 'English'}`,
    );
  }
  if (!same(before.attractTitle, after.attractTitle))
    lines.push('Changed the welcome screen title');
  if (!same(before.privacyNote, after.privacyNote)) lines.push('Changed the note about this kiosk');
  return lines;
}

/**
 * What publishing `after` over `before` changes, in words a receptionist reads in the history:
 * "Changed the phone number of “Certificates Unit” from (916) 227-4253 to (916) 227-4254".
 */
export function describeChanges(before: Content, after: Content): string[] {
  const lines = [
    ...(same(before.bureau, after.bureau) ? [] : ['Changed the bureau’s name or introduction']),
    ...describePrograms(before.programs, after.programs),
    ...describeAnnouncements(before, after),
    ...(same(before.hours.weekly, after.hours.weekly) ? [] : ['Changed the office hours']),
    ...(same(before.hours.closures, after.hours.closures) ? [] : ['Changed the closure dates']),
    ...(same(before.privacy, after.privacy) ? [] : ['Changed the privacy notice']),
    ...describeKiosk(before.kiosk, after.kiosk),
  ];
  if (lines.length === 0 && !same(before, after)) lines.push('Changed the content');
  if (lines.length <= MAX_LINES) return lines;
  const more = lines.length - (MAX_LINES - 1);
  return [...lines.slice(0, MAX_LINES - 1), `…and ${more} more changes`];
}
