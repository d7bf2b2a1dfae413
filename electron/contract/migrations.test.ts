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

  it('opens a version-3 file as version 4 with nothing changed but the version', () => {
    const current = StoredContent.parse(v3);
    expect(current).toEqual({ ...v3, schemaVersion: 4 });
    // The shipped text met version 4's rules before they existed.
    expect(Content.safeParse(current).success).toBe(true);
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
