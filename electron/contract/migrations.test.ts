import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Content,
  ContentV1,
  ContentV2,
  ContentV3,
  CURRENT_SCHEMA_VERSION,
} from './content-schema.ts';
import { migrateContent, StoredContent } from './migrations.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8'));

const v1 = ContentV1.parse(fixture('content-v1.json'));
const v2 = ContentV2.parse(fixture('content-v2.json'));
const v3 = ContentV3.parse(fixture('content-v3.json'));

/** A program as version 1 and 2 held it: without `hidden`. */
const withoutHidden = (programs: Array<{ hidden: boolean }>) =>
  programs.map(({ hidden: _hidden, ...program }) => program);

describe('content migrations', () => {
  it('opens a version-1 file as the current version with nothing lost', () => {
    const current = StoredContent.parse(v1);
    expect(current.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Every version-1 field is still there, unchanged (toEqual ignores the undefined ones).
    expect({
      ...current,
      schemaVersion: 1,
      programs: withoutHidden(current.programs),
      kiosk: v1.kiosk,
      announcements: undefined,
      hours: undefined,
    }).toEqual(v1);
    expect(current.programs.every((program) => !program.hidden)).toBe(true);
    const { kiosk, announcements, hours } = current;
    expect(kiosk).toEqual({ ...v1.kiosk, idleTimeoutSeconds: 60, defaultLanguage: 'en' });
    // The seeds give no hours and no announcements: nothing invented appears.
    expect(announcements).toEqual([]);
    expect(hours).toEqual({ weekly: [], closures: [] });
  });

  it('opens a version-2 file as the current version with every program still shown', () => {
    const current = StoredContent.parse(v2);
    expect(current.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect({ ...current, schemaVersion: 2, programs: withoutHidden(current.programs) }).toEqual(v2);
    expect(current.programs.map((program) => program.hidden)).toEqual(v2.programs.map(() => false));
  });

  it('keeps the announcements, hours and settings a version-1 file already holds', () => {
    const announcements = [
      { id: 'noon', text: { en: 'Closed at noon', es: '' }, startsAt: '', endsAt: '' },
    ];
    const hours = { weekly: [{ day: 1, opens: '08:00', closes: '17:00' }], closures: [] };
    const kiosk = { ...v1.kiosk, idleTimeoutSeconds: 120 };
    const current = StoredContent.parse({ ...v1, announcements, hours, kiosk });
    expect(current.announcements).toEqual(announcements);
    expect(current.hours).toEqual(hours);
    expect(current.kiosk).toEqual({ ...kiosk, defaultLanguage: 'en' });
  });

  it('opens a version-3 file as the current version with nothing changed but the version', () => {
    const current = StoredContent.parse(v3);
    expect(current).toEqual({ ...v3, schemaVersion: CURRENT_SCHEMA_VERSION });
    // The shipped text met version 4's rules before they existed.
    expect(Content.safeParse(current).success).toBe(true);
  });

  it('turns a version-4 closure into one whole day with its note', () => {
    const christmas = { date: '2026-12-25', note: { en: 'Christmas Day', es: 'Día de Navidad' } };
    const bare = { date: '2027-01-01', note: { en: '', es: '' } };
    const v4 = { ...v3, schemaVersion: 4, hours: { weekly: [], closures: [christmas, bare] } };
    const current = StoredContent.parse(v4);
    expect(current.schemaVersion).toBe(5);
    expect(current.hours.closures).toEqual([
      {
        startDate: '2026-12-25',
        endDate: '2026-12-25',
        kind: 'closed',
        time: '',
        note: christmas.note,
      },
      { startDate: '2027-01-01', endDate: '2027-01-01', kind: 'closed', time: '', note: bare.note },
    ]);
    expect(Content.safeParse(current).success).toBe(true);
  });

  it('keeps the weekly hours and every other field of a version-4 file', () => {
    const weekly = [{ day: 5, opens: '08:00', closes: '17:00' }];
    const v4 = { ...v3, schemaVersion: 4, hours: { weekly, closures: [] } };
    expect(StoredContent.parse(v4)).toEqual({ ...v4, schemaVersion: 5 });
  });

  it('brings a version-1 file holding an old-style closure all the way up', () => {
    const hours = {
      weekly: [],
      closures: [{ date: '2026-07-03', note: { en: 'Holiday', es: '' } }],
    };
    const current = StoredContent.parse({ ...v1, hours });
    expect(current.hours.closures).toEqual([
      {
        startDate: '2026-07-03',
        endDate: '2026-07-03',
        kind: 'closed',
        time: '',
        note: { en: 'Holiday', es: '' },
      },
    ]);
  });

  it('leaves a version-4 document as it was when migrating it', () => {
    const v4 = {
      ...v3,
      schemaVersion: 4,
      hours: { weekly: [], closures: [{ date: '2026-12-25', note: { en: '', es: '' } }] },
    };
    const before = structuredClone(v4);
    migrateContent(v4);
    expect(v4).toEqual(before);
  });

  it('reads a file that breaks a rule added since it was written; writing it is refused', () => {
    const hidden = { ...v3, programs: v3.programs.map((p) => ({ ...p, hidden: true })) };
    const current = StoredContent.parse(hidden);
    expect(current.programs.every((p) => p.hidden)).toBe(true);
    expect(Content.safeParse(current).success).toBe(false);
  });

  it('is pure: the version-1 document is left as it was', () => {
    const before = structuredClone(v1);
    migrateContent(v1);
    expect(v1).toEqual(before);
  });

  it('passes a current document through unchanged', () => {
    const current = StoredContent.parse(v1);
    expect(migrateContent(current)).toBe(current);
  });

  it('leaves a newer or unknown document for validation to refuse', () => {
    const newer = { schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(migrateContent(newer)).toBe(newer);
    expect(StoredContent.safeParse(newer).success).toBe(false);
    expect(migrateContent('not content')).toBe('not content');
  });
});
