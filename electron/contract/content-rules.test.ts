import { describe, expect, it } from 'vitest';
import { makeContent } from '../core/test-support/make-content.ts';
import { Content, ContentV5 } from './content-schema.ts';
import { formatIssues } from './format-issues.ts';

type Edit = (content: Content) => void;

const issuesOf = (edit: Edit): string[] => {
  const content = makeContent();
  edit(content);
  const result = Content.safeParse(content);
  return result.success ? [] : formatIssues(result.error);
};

/** A second program, so that rules about several programs have something to compare. */
const withSecondProgram = (content: Content, id = 'contracts'): void => {
  content.programs.push({
    ...structuredClone(content.programs[0]!),
    id,
    title: { en: 'Contracts', es: '' },
    units: [{ id: 'contracts-unit', name: { en: 'Contracts Unit', es: '' }, phone: '' }],
  });
};

const announcement = (id: string, startsAt = '', endsAt = '') => ({
  id,
  text: { en: 'Closed at noon', es: '' },
  startsAt,
  endsAt,
});

describe('content rules: every id is its own', () => {
  it('refuses two programs with one id, which would open each other’s tile', () => {
    expect(issuesOf((c) => withSecondProgram(c, 'library-services'))).toEqual([
      'programs.1.id: Another program already uses the id “library-services”: each program needs its own.',
    ]);
  });

  it('refuses two units with one id, in one program or two', () => {
    expect(
      issuesOf((c) => {
        withSecondProgram(c);
        c.programs[1]!.units[0]!.id = 'library';
      }),
    ).toEqual([
      'programs.1.units.0.id: Another unit already uses the id “library”: each unit needs its own.',
    ]);
  });

  it('refuses two announcements with one id', () => {
    expect(
      issuesOf((c) => {
        c.announcements = [announcement('noon'), announcement('noon')];
      }),
    ).toEqual([
      'announcements.1.id: Another announcement already uses the id “noon”: each announcement needs its own.',
    ]);
  });
});

describe('content rules: text a person can read', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['direction marks', '\u200E\u200F'],
    ['a Hangul filler', '\u3164'],
    ['a braille blank', '\u2800'],
  ])('refuses a required title of only %s', (_, title) => {
    expect(
      issuesOf((c) => {
        c.programs[0]!.title.en = title;
      }),
    ).toEqual([
      'programs.0.title.en: This text is only invisible characters (such as zero-width spaces): type the words.',
    ]);
  });

  it('refuses an optional text of only invisible characters, which would hide the English', () => {
    expect(
      issuesOf((c) => {
        c.programs[0]!.title.es = ' \u200B ';
      }),
    ).toEqual([
      'programs.0.title.es: This text is only invisible characters (such as zero-width spaces): type the words, or leave it empty.',
    ]);
  });

  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])(
    'refuses the direction control U+%s in any text field',
    (code) => {
      const control = String.fromCodePoint(Number.parseInt(code, 16));
      const message = `This text holds a hidden character that changes the direction of the text around it (U+${code}): remove it.`;
      expect(
        issuesOf((c) => {
          c.programs[0]!.title.en = `Library ${control}secivreS`;
          c.programs[0]!.units[0]!.name.es = `Biblioteca${control}`;
          c.privacy.moreInfo.contact.lines[0] = `Officer${control}`;
          c.privacy.moreInfo.contact.email = `privacy${control}@post.ca.gov`;
          c.announcements = [{ ...announcement('noon'), text: { en: `Noon${control}`, es: '' } }];
        }),
      ).toEqual([
        `programs.0.title.en: ${message}`,
        `programs.0.units.0.name.es: ${message}`,
        `privacy.moreInfo.contact.lines.0: ${message}`,
        `privacy.moreInfo.contact.email: ${message}`,
        `announcements.0.text.en: ${message}`,
      ]);
    },
  );

  it('keeps the marks that set a direction without hiding text (LRM, RLM, ALM)', () => {
    expect(
      issuesOf((c) => {
        c.programs[0]!.title.es = 'Biblioteca \u200E\u200F\u061C';
      }),
    ).toEqual([]);
  });

  it('refuses a word too long to wrap, and a text too long to show', () => {
    expect(
      issuesOf((c) => {
        c.programs[0]!.title.en = `Library ${'a'.repeat(41)}`;
        c.programs[0]!.description[0]!.en = 'word '.repeat(401).trim();
      }),
    ).toEqual([
      'programs.0.title.en: A word here is 41 characters with no space (“aaaaaaaaaaaaaaaaaaaa…”): at most 40 fit across a screen.',
      'programs.0.description.0.en: This text is 2004 characters: at most 2000 fit.',
    ]);
  });

  it('keeps a title of 120 characters and refuses one of 121', () => {
    const title = (n: number) => 'Library '.repeat(15).slice(0, n);
    expect(issuesOf((c) => void (c.programs[0]!.title.en = title(120)))).toEqual([]);
    expect(issuesOf((c) => void (c.programs[0]!.title.en = `${title(120)}s`))).toEqual([
      'programs.0.title.en: This text is 121 characters: at most 120 fit.',
    ]);
  });
});

const closure = (startDate: string, endDate: string) => ({
  startDate,
  endDate,
  kind: 'closed' as const,
  time: '',
  note: { en: '', es: '' },
});

describe('content rules: dates and times that exist', () => {
  it.each(['2026-02-30', '9999-99-99', '2026-02-29', '2026-04-31', '2026-00-10'])(
    'refuses the closure date %s',
    (date) => {
      expect(
        issuesOf((c) => {
          c.hours.closures = [closure(date, date)];
        }),
      ).toEqual([
        `hours.closures.0.startDate: There is no such date as ${date}.`,
        `hours.closures.0.endDate: There is no such date as ${date}.`,
      ]);
    },
  );

  it('takes a leap day in a leap year', () => {
    expect(
      issuesOf((c) => {
        c.hours.closures = [closure('2028-02-28', '2028-02-29')];
      }),
    ).toEqual([]);
  });

  it('takes an early closing and a late opening spanning days, with notes', () => {
    expect(
      issuesOf((c) => {
        c.hours.closures = [
          { ...closure('2026-12-21', '2026-12-23'), kind: 'closes-early', time: '12:00' },
          {
            ...closure('2026-12-28', '2026-12-28'),
            kind: 'opens-late',
            time: '10:30',
            note: { en: 'Staff training.', es: 'Capacitación del personal.' },
          },
        ];
      }),
    ).toEqual([]);
  });

  it.each(['2026-13-45T25:99', '2026-02-30T09:00', '2026-12-24T24:00'])(
    'refuses the announcement time %s',
    (time) => {
      expect(
        issuesOf((c) => {
          c.announcements = [announcement('noon', time)];
        }),
      ).toEqual([`announcements.0.startsAt: There is no such time as ${time}.`]);
    },
  );

  it('refuses a policy date that does not exist', () => {
    expect(
      issuesOf((c) => {
        c.privacy.policyDate = '2/30/2022';
      }),
    ).toEqual(['privacy.policyDate: There is no such date as 2/30/2022.']);
  });
});

describe('content rules: a directory that makes sense', () => {
  it('refuses hiding every program, which would leave the home screen empty', () => {
    expect(
      issuesOf((c) => {
        c.programs[0]!.hidden = true;
      }),
    ).toEqual([
      'programs: Every program is hidden, so visitors would find none: show at least one.',
    ]);
  });

  it('refuses hours that overlap on one day, and takes hours that meet', () => {
    const hours = (...spans: [number, string, string][]) =>
      issuesOf((c) => {
        c.hours.weekly = spans.map(([day, opens, closes]) => ({ day, opens, closes }));
      });
    expect(hours([1, '08:00', '12:00'], [1, '11:00', '17:00'])).toEqual([
      'hours.weekly.1.opens: These hours overlap 08:00–12:00 on Monday: join them, or fix the times.',
    ]);
    expect(hours([1, '13:00', '17:00'], [1, '08:00', '12:00'], [1, '09:00', '10:00'])).toEqual([
      'hours.weekly.2.opens: These hours overlap 08:00–12:00 on Monday: join them, or fix the times.',
    ]);
    expect(hours([1, '08:00', '12:00'], [1, '12:00', '17:00'], [2, '08:00', '17:00'])).toEqual([]);
  });

  it(`refuses more programs than the kiosk can count, and ids longer than 64 characters`, () => {
    expect(
      issuesOf((c) => {
        for (let i = 1; i <= 100; i += 1) withSecondProgram(c, `program-${i}`);
        for (const [i, program] of c.programs.entries()) program.units[0]!.id = `unit-${i}`;
      }),
    ).toEqual(['programs: There are 101 programs: the kiosk shows at most 100.']);
    expect(
      issuesOf((c) => {
        c.programs[0]!.id = 'a'.repeat(65);
      }),
    ).toEqual(['programs.0.id: An id is at most 64 characters.']);
  });
});

describe('content already on disk that breaks only a newer rule', () => {
  it('still reads: it is not damaged, only in need of fixing', () => {
    const content = makeContent();
    content.programs[0]!.hidden = true;
    content.programs[0]!.title.es = '\u202E';
    content.hours.closures = [closure('2026-02-30', '2026-02-30')];
    expect(ContentV5.safeParse(content).success).toBe(true);
    expect(Content.safeParse(content).success).toBe(false);
  });
});
