import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentV1, CURRENT_SCHEMA_VERSION } from './content-schema.ts';
import { migrateContent, StoredContent } from './migrations.ts';

const v1 = ContentV1.parse(
  JSON.parse(
    readFileSync(new URL('../../tests/fixtures/content-v1.json', import.meta.url), 'utf8'),
  ),
);

describe('content migrations', () => {
  it('opens a version-1 file as the current version with nothing lost', () => {
    const current = StoredContent.parse(v1);
    expect(current.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Every version-1 field is still there, unchanged (toEqual ignores the undefined ones).
    expect({
      ...current,
      schemaVersion: 1,
      kiosk: v1.kiosk,
      announcements: undefined,
      hours: undefined,
    }).toEqual(v1);
    const { kiosk, announcements, hours } = current;
    expect(kiosk).toEqual({ ...v1.kiosk, idleTimeoutSeconds: 60, defaultLanguage: 'en' });
    // The seeds give no hours and no announcements: nothing invented appears.
    expect(announcements).toEqual([]);
    expect(hours).toEqual({ weekly: [], closures: [] });
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
