/**
 * Where a field of a content document is, as staff see it in admin: "Program 3, Contracts" and
 * "the phone number", never `programs.2.units.0.phone`. Works on any JSON value, so a file
 * that does not fit the schema is still described by what it holds.
 */

export type ContentPath = readonly PropertyKey[];

export interface ContentPlace {
  /** The thing on the admin screens, e.g. "Program 3, Contracts" or "Announcement 2". */
  where: string;
  /** The field inside it, e.g. "the phone number" or "the title in Spanish"; '' for the whole. */
  field: string;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const PROGRAM_FIELDS: Record<string, string> = {
  id: 'its id',
  title: 'the title',
  heading: 'the heading',
  description: 'the description',
  listTitle: "the list's title",
  list: 'the list',
  keyFacts: 'the key facts',
  units: 'the phone numbers',
  webAddress: 'the web address',
  hidden: 'whether it is hidden',
};

const BUREAU_FIELDS: Record<string, string> = {
  name: "the bureau's name",
  abbreviation: "the bureau's short name",
  pageTitle: 'the page title',
  overview: 'the overview',
  programsHeading: 'the heading above the programs',
};

const PRIVACY_FIELDS: Record<string, string> = {
  title: 'the title',
  intro: 'the introduction',
  principlesLead: 'the line before the principles',
  principles: 'the principles',
  note: 'the note',
  moreInfo: 'the "For More Information" part',
  policyDate: 'the policy date',
  references: 'the references',
};

const KIOSK_FIELDS: Record<string, string> = {
  attractTitle: 'the welcome title',
  privacyNote: 'the note about this kiosk',
  idleTimeoutSeconds: 'the idle timeout',
  defaultLanguage: 'the start language',
};

const ANNOUNCEMENT_FIELDS: Record<string, string> = {
  id: 'its id',
  text: 'the text',
  startsAt: 'the start',
  endsAt: 'the end',
};

const HOURS_FIELDS: Record<string, string> = {
  day: 'the day',
  opens: 'the opening time',
  closes: 'the closing time',
};

const CLOSURE_FIELDS: Record<string, string> = {
  date: 'the date',
  startDate: 'the first day',
  endDate: 'the last day',
  kind: 'what kind of closure it is',
  time: 'the time',
  note: 'the note',
};

const CONTACT_FIELDS: Record<string, string> = {
  lines: 'the mailing address',
  phone: 'the phone number',
  email: 'the email address',
};

/** Where `path` is in `doc`, in the words of the admin screens. */
export function placeOf(doc: unknown, path: ContentPath): ContentPlace {
  const [top, ...rest] = path;
  switch (top) {
    case 'programs':
      return programPlace(doc, rest);
    case 'announcements':
      return numbered('Announcement', rest, ANNOUNCEMENT_FIELDS);
    case 'hours':
      return hoursPlace(doc, rest);
    case 'privacy':
      return { where: 'Privacy notice', field: privacyField(rest) };
    case 'bureau':
      return { where: 'The bureau', field: listField(rest, BUREAU_FIELDS, 'paragraph') };
    case 'kiosk':
      return { where: 'Settings', field: listField(rest, KIOSK_FIELDS, 'paragraph') };
    case 'schemaVersion':
      return { where: 'The file', field: 'its content version' };
    default:
      return { where: 'The file', field: '' };
  }
}

/** "Program 3, Contracts: the phone number", or "Announcement 2" alone. */
export function placeText(place: ContentPlace): string {
  return place.field === '' ? place.where : `${place.where}: ${place.field}`;
}

function programPlace(doc: unknown, [index, key, ...rest]: readonly PropertyKey[]): ContentPlace {
  if (typeof index !== 'number') return { where: 'The file', field: 'the programs' };
  const program = at(doc, ['programs', index]);
  const title = englishOf(at(program, ['title']));
  const where = title ? `Program ${index + 1}, ${title}` : `Program ${index + 1}`;
  if (key === undefined) return { where, field: '' };
  if (key === 'units') return unitPlace(where, program, rest);
  if (key === 'description')
    return { where, field: itemField(rest, 'the description', 'paragraph') };
  if (key === 'list') return { where, field: itemField(rest, 'the list', 'item') };
  if (key === 'keyFacts') return { where, field: itemField(rest, 'the key facts', 'key fact') };
  return { where, field: withLanguage(PROGRAM_FIELDS[String(key)] ?? 'a field', rest) };
}

function unitPlace(where: string, program: unknown, [index, key, ...rest]: readonly PropertyKey[]) {
  if (typeof index !== 'number') return { where, field: 'the phone numbers' };
  const units = at(program, ['units']);
  const name = englishOf(at(units, [index, 'name']));
  // A program with one unit is the program: naming the unit again says nothing new.
  const single = Array.isArray(units) && units.length === 1;
  const unit = single ? where : `${where}, ${name ? `“${name}”` : `number ${index + 1}`}`;
  if (key === 'phone') return { where: unit, field: 'the phone number' };
  if (key === 'name') return { where: unit, field: withLanguage('the name', rest) };
  if (key === 'id') return { where: unit, field: 'its id' };
  return { where: unit, field: '' };
}

function hoursPlace(doc: unknown, [part, index, key, ...rest]: readonly PropertyKey[]) {
  if (part === 'weekly') {
    if (typeof index !== 'number') return { where: 'Office hours', field: 'the weekly hours' };
    const day = at(doc, ['hours', 'weekly', index, 'day']);
    const dayName = typeof day === 'number' ? DAY_NAMES[day] : undefined;
    const where = `Office hours, ${dayName ?? `line ${index + 1}`}`;
    return { where, field: key === undefined ? '' : (HOURS_FIELDS[String(key)] ?? 'a field') };
  }
  if (part === 'closures') {
    if (typeof index !== 'number') return { where: 'Office hours', field: 'the closures' };
    const closure = at(doc, ['hours', 'closures', index]);
    const date = at(closure, ['startDate']) ?? at(closure, ['date']);
    const where = `Closure ${index + 1}${typeof date === 'string' && date ? ` (${date})` : ''}`;
    if (key === undefined) return { where, field: '' };
    return { where, field: withLanguage(CLOSURE_FIELDS[String(key)] ?? 'a field', rest) };
  }
  return { where: 'Office hours', field: '' };
}

function privacyField([key, ...rest]: readonly PropertyKey[]): string {
  if (key === undefined) return '';
  if (key === 'intro') return itemField(rest, 'the introduction', 'paragraph');
  if (key === 'references') return itemField(rest, 'the references', 'reference');
  if (key === 'principles') return principleField(rest);
  if (key === 'moreInfo') {
    const [part, ...more] = rest;
    if (part === 'contact') {
      const [field, ...line] = more;
      const named = CONTACT_FIELDS[String(field)] ?? 'the contact';
      return field === 'lines' && typeof line[0] === 'number'
        ? `line ${line[0] + 1} of ${named}`
        : named;
    }
    if (part === 'heading') return withLanguage('the "For More Information" heading', more);
    if (part === 'body') return withLanguage('the "For More Information" text', more);
    return PRIVACY_FIELDS.moreInfo!;
  }
  return withLanguage(PRIVACY_FIELDS[String(key)] ?? 'a field', rest);
}

function principleField([index, blocks, block, key, ...rest]: readonly PropertyKey[]): string {
  if (typeof index !== 'number') return 'the principles';
  const principle = `principle ${index + 1}`;
  if (blocks !== 'blocks' || typeof block !== 'number') return principle;
  const part = `part ${block + 1} of ${principle}`;
  if (key === 'items') return itemField(rest, `the list in ${part}`, 'item');
  if (key === 'text') return withLanguage(part, rest);
  return part;
}

function numbered(
  name: string,
  [index, key, ...rest]: readonly PropertyKey[],
  fields: Record<string, string>,
): ContentPlace {
  if (typeof index !== 'number') return { where: 'The file', field: `the ${name.toLowerCase()}s` };
  const where = `${name} ${index + 1}`;
  if (key === undefined) return { where, field: '' };
  return { where, field: withLanguage(fields[String(key)] ?? 'a field', rest) };
}

function listField(
  [key, ...rest]: readonly PropertyKey[],
  fields: Record<string, string>,
  item: string,
): string {
  if (key === undefined) return '';
  const named = fields[String(key)] ?? 'a field';
  return typeof rest[0] === 'number' ? itemField(rest, named, item) : withLanguage(named, rest);
}

/** "paragraph 2 of the description in Spanish". */
function itemField([index, ...rest]: readonly PropertyKey[], whole: string, item: string): string {
  if (typeof index !== 'number') return whole;
  return withLanguage(`${item} ${index + 1} of ${whole}`, rest);
}

function withLanguage(field: string, [language]: readonly PropertyKey[]): string {
  if (language === 'en') return `${field} in English`;
  if (language === 'es') return `${field} in Spanish`;
  return field;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function englishOf(text: unknown): string {
  const en = at(text, ['en']);
  return typeof en === 'string' ? en.trim() : '';
}

/** The value at `path` in `doc`, or undefined where the path leads nowhere. */
export function valueAt(doc: unknown, path: ContentPath): unknown {
  return at(doc, path);
}
