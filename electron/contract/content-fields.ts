import type { ChangeArea } from './change-records.ts';
import type { Block, Closure, Content } from './content-schema.ts';

/** A step into the content: a property name or an array index. */
export type FieldPath = readonly (string | number)[];

/** One field of the content, as staff see it in the editor. */
export interface ContentField {
  /**
   * Stays the same when programs, units or announcements move (ids, not positions), so two
   * contents compare field by field.
   */
  key: string;
  /** Where the value is in the content. */
  path: FieldPath;
  /** "Program 2, Training Reimbursement › Description, paragraph 1 (English)". */
  where: string;
  area: ChangeArea;
  value: string;
  /** Prose (compared word by word, searched for phone numbers); else a value. */
  text: boolean;
  /** The agency's own words: changing them needs staff to confirm they match its text. */
  agency: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LANGUAGES = { en: 'English', es: 'Spanish' } as const;

interface Localized {
  en: string;
  es: string;
}

type Place = Omit<ContentField, 'key' | 'path' | 'where' | 'value'>;

/** Collects fields under one place, in reading order. */
function collector() {
  const fields: ContentField[] = [];
  const value = (key: string, path: FieldPath, where: string, text: string, place: Place): void => {
    fields.push({ key, path, where, value: text, ...place });
  };
  const localized = (
    key: string,
    path: FieldPath,
    where: string,
    text: Localized,
    place: Omit<Place, 'text'>,
  ): void => {
    for (const lang of ['en', 'es'] as const) {
      value(`${key}/${lang}`, [...path, lang], `${where} (${LANGUAGES[lang]})`, text[lang], {
        ...place,
        text: true,
      });
    }
  };
  return { fields, value, localized };
}

const AGENCY = { agency: true } as const;
const OURS = { agency: false } as const;

function blockFields(
  c: ReturnType<typeof collector>,
  key: string,
  path: FieldPath,
  where: string,
  block: Block,
): void {
  const place = { area: 'privacy', ...AGENCY } as const;
  if (block.type === 'paragraph') {
    c.localized(`${key}/text`, [...path, 'text'], where, block.text, place);
    return;
  }
  block.items.forEach((item, i) => {
    c.localized(`${key}/item/${i}`, [...path, 'items', i], `${where}, item ${i + 1}`, item, place);
  });
}

/** "1 to 3 Jan 2027, closes early at 12:00"-style summary of when a closure applies. */
function closureWhen(closure: Closure): string {
  const days =
    closure.startDate === closure.endDate
      ? closure.startDate
      : `${closure.startDate} to ${closure.endDate}`;
  if (closure.kind === 'closes-early') return `${days}, closes early at ${closure.time}`;
  if (closure.kind === 'opens-late') return `${days}, opens late at ${closure.time}`;
  return `${days}, closed all day`;
}

/**
 * Every field staff can change, with its place as the editor names it. One list serves the
 * change records (two contents compared key by key) and the search for phone numbers in text.
 */
export function contentFields(content: Content): ContentField[] {
  const c = collector();
  const { bureau, privacy, kiosk } = content;

  const b = { area: 'bureau', ...AGENCY } as const;
  c.localized('bureau/name', ['bureau', 'name'], 'Bureau › Name', bureau.name, b);
  c.value(
    'bureau/abbreviation',
    ['bureau', 'abbreviation'],
    'Bureau › Abbreviation',
    bureau.abbreviation,
    {
      ...b,
      text: false,
    },
  );
  c.localized(
    'bureau/pageTitle',
    ['bureau', 'pageTitle'],
    'Bureau › Page title',
    bureau.pageTitle,
    b,
  );
  bureau.overview.forEach((text, i) => {
    c.localized(
      `bureau/overview/${i}`,
      ['bureau', 'overview', i],
      `Bureau › Overview, paragraph ${i + 1}`,
      text,
      b,
    );
  });
  c.localized(
    'bureau/programsHeading',
    ['bureau', 'programsHeading'],
    'Bureau › Programs heading',
    bureau.programsHeading,
    b,
  );

  content.programs.forEach((program, p) => {
    const key = `program/${program.id}`;
    const path = ['programs', p] as const;
    const where = `Program ${p + 1}, ${program.title.en || 'New program'}`;
    const ours = { area: 'programs', ...OURS } as const;
    const agency = { area: 'programs', ...AGENCY } as const;
    c.localized(
      `${key}/title`,
      [...path, 'title'],
      `${where} › Title on the tile`,
      program.title,
      ours,
    );
    c.localized(
      `${key}/heading`,
      [...path, 'heading'],
      `${where} › Heading on the program’s page`,
      program.heading,
      agency,
    );
    program.description.forEach((text, i) => {
      c.localized(
        `${key}/description/${i}`,
        [...path, 'description', i],
        `${where} › Description, paragraph ${i + 1}`,
        text,
        agency,
      );
    });
    c.localized(
      `${key}/listTitle`,
      [...path, 'listTitle'],
      `${where} › List title`,
      program.listTitle,
      agency,
    );
    program.list.forEach((text, i) => {
      c.localized(
        `${key}/list/${i}`,
        [...path, 'list', i],
        `${where} › List item ${i + 1}`,
        text,
        agency,
      );
    });
    program.keyFacts.forEach((text, i) => {
      c.localized(
        `${key}/keyFacts/${i}`,
        [...path, 'keyFacts', i],
        `${where} › Key fact ${i + 1}`,
        text,
        agency,
      );
    });
    program.units.forEach((unit, u) => {
      const unitWhere = `${where} › ${unit.name.en || `Unit ${u + 1}`}`;
      const unitPath = [...path, 'units', u] as const;
      c.localized(
        `${key}/unit/${unit.id}/name`,
        [...unitPath, 'name'],
        `${unitWhere} › Name`,
        unit.name,
        ours,
      );
      c.value(
        `${key}/unit/${unit.id}/phone`,
        [...unitPath, 'phone'],
        `${unitWhere} › Phone number`,
        unit.phone,
        {
          ...ours,
          text: false,
        },
      );
    });
    c.value(
      `${key}/webAddress`,
      [...path, 'webAddress'],
      `${where} › Web address`,
      program.webAddress,
      {
        ...ours,
        text: false,
      },
    );
  });

  const pv = { area: 'privacy', ...AGENCY } as const;
  c.localized('privacy/title', ['privacy', 'title'], 'Privacy notice › Title', privacy.title, pv);
  privacy.intro.forEach((text, i) => {
    c.localized(
      `privacy/intro/${i}`,
      ['privacy', 'intro', i],
      `Privacy notice › Introduction, paragraph ${i + 1}`,
      text,
      pv,
    );
  });
  c.localized(
    'privacy/principlesLead',
    ['privacy', 'principlesLead'],
    'Privacy notice › Before the principles',
    privacy.principlesLead,
    pv,
  );
  privacy.principles.forEach((principle, i) => {
    principle.blocks.forEach((block, j) => {
      const where =
        principle.blocks.length === 1
          ? `Privacy notice › Principle ${i + 1}`
          : `Privacy notice › Principle ${i + 1}, part ${j + 1}`;
      blockFields(
        c,
        `privacy/principle/${i}/${j}`,
        ['privacy', 'principles', i, 'blocks', j],
        where,
        block,
      );
    });
  });
  c.localized('privacy/note', ['privacy', 'note'], 'Privacy notice › Note', privacy.note, pv);
  const more = ['privacy', 'moreInfo'] as const;
  c.localized(
    'privacy/moreInfo/heading',
    [...more, 'heading'],
    'Privacy notice › For more information › Heading',
    privacy.moreInfo.heading,
    pv,
  );
  c.localized(
    'privacy/moreInfo/body',
    [...more, 'body'],
    'Privacy notice › For more information › Text',
    privacy.moreInfo.body,
    pv,
  );
  const contact = privacy.moreInfo.contact;
  const ct = { area: 'contact', ...AGENCY } as const;
  contact.lines.forEach((line, i) => {
    c.value(
      `contact/line/${i}`,
      [...more, 'contact', 'lines', i],
      `Privacy notice › Privacy contact address, line ${i + 1}`,
      line,
      {
        ...ct,
        text: true,
      },
    );
  });
  c.value(
    'contact/phone',
    [...more, 'contact', 'phone'],
    'Privacy notice › Privacy contact phone',
    contact.phone,
    {
      ...ct,
      text: false,
    },
  );
  c.value(
    'contact/email',
    [...more, 'contact', 'email'],
    'Privacy notice › Privacy contact email',
    contact.email,
    {
      ...ct,
      text: false,
    },
  );
  c.value(
    'privacy/policyDate',
    ['privacy', 'policyDate'],
    'Privacy notice › Policy date',
    privacy.policyDate,
    {
      ...pv,
      text: false,
    },
  );
  privacy.references.forEach((text, i) => {
    c.localized(
      `privacy/reference/${i}`,
      ['privacy', 'references', i],
      `Privacy notice › Reference ${i + 1}`,
      text,
      pv,
    );
  });

  content.announcements.forEach((a, i) => {
    const where = `Announcement ${i + 1}`;
    const an = { area: 'announcements', ...OURS } as const;
    c.localized(
      `announcement/${a.id}/text`,
      ['announcements', i, 'text'],
      `${where} › Text`,
      a.text,
      an,
    );
    c.value(
      `announcement/${a.id}/startsAt`,
      ['announcements', i, 'startsAt'],
      `${where} › Shows from`,
      a.startsAt,
      {
        ...an,
        text: false,
      },
    );
    c.value(
      `announcement/${a.id}/endsAt`,
      ['announcements', i, 'endsAt'],
      `${where} › Shows until`,
      a.endsAt,
      {
        ...an,
        text: false,
      },
    );
  });

  WEEKDAYS.forEach((name, day) => {
    const hours = content.hours.weekly
      .filter((h) => h.day === day)
      .map((h) => `${h.opens} to ${h.closes}`)
      .join(', ');
    c.value(`hours/${day}`, ['hours', 'weekly'], `Office hours › ${name}`, hours, {
      area: 'hours',
      ...OURS,
      text: false,
    });
  });

  // A closure has no id: its first day names it, so one added before it leaves it be.
  const seen = new Map<string, number>();
  content.hours.closures.forEach((closure, i) => {
    const n = (seen.get(closure.startDate) ?? 0) + 1;
    seen.set(closure.startDate, n);
    const key = `closure/${closure.startDate}#${n}`;
    const where = `Closure ${i + 1}`;
    const cl = { area: 'closures', ...OURS } as const;
    c.value(`${key}/when`, ['hours', 'closures', i], `${where} › When`, closureWhen(closure), {
      ...cl,
      text: false,
    });
    c.localized(
      `${key}/note`,
      ['hours', 'closures', i, 'note'],
      `${where} › Note`,
      closure.note,
      cl,
    );
  });

  const st = { area: 'settings', ...OURS } as const;
  c.value(
    'settings/idleTimeout',
    ['kiosk', 'idleTimeoutSeconds'],
    'Settings › Idle timeout',
    `${kiosk.idleTimeoutSeconds} seconds`,
    {
      ...st,
      text: false,
    },
  );
  c.value(
    'settings/defaultLanguage',
    ['kiosk', 'defaultLanguage'],
    'Settings › Start language',
    kiosk.defaultLanguage === 'es' ? 'Spanish' : 'English',
    { ...st, text: false },
  );
  c.localized(
    'settings/attractTitle',
    ['kiosk', 'attractTitle'],
    'Settings › Welcome screen title',
    kiosk.attractTitle,
    st,
  );
  kiosk.privacyNote.forEach((text, i) => {
    c.localized(
      `settings/privacyNote/${i}`,
      ['kiosk', 'privacyNote', i],
      `Settings › About this kiosk, paragraph ${i + 1}`,
      text,
      st,
    );
  });
  return c.fields;
}
