import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { readImport } from './read-import.ts';

describe('readImport', () => {
  it('accepts a valid content file', () => {
    const content = makeContent('Imported');
    expect(readImport(JSON.stringify(content))).toEqual({ ok: true, content });
  });

  it('brings a version 1 file up to date', () => {
    const v1 = structuredClone(makeContent()) as Record<string, unknown> & {
      kiosk: Record<string, unknown>;
    };
    delete v1.announcements;
    delete v1.hours;
    delete v1.kiosk.idleTimeoutSeconds;
    delete v1.kiosk.defaultLanguage;
    const result = readImport(JSON.stringify({ ...v1, schemaVersion: 1 }));
    expect(result.ok && result.content.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each([
    ['', 'The file is empty.'],
    ['{"programs": [', 'not valid JSON'],
    [JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), 'newer kiosk'],
  ])('refuses %j and says why', (text, reason) => {
    const result = readImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons.join(' ')).toContain(reason);
  });

  it('lists every field that is wrong, by where it is', () => {
    const content = makeContent();
    content.programs[0]!.units[0]!.phone = '916-555-0100';
    const result = readImport(JSON.stringify(content));
    expect(!result.ok && result.reasons).toEqual([
      'programs.0.units.0.phone: Phone number must look like (916) 227-4253',
    ]);
  });

  it('refuses fields it does not know, naming each, rather than drop them', () => {
    const content = makeContent() as Record<string, unknown> & ReturnType<typeof makeContent>;
    const program = content.programs[0]! as Record<string, unknown>;
    program.colour = 'blue';
    const result = readImport(JSON.stringify({ ...content, notes: 'kept by hand', extra: {} }));
    expect(result).toEqual({
      ok: false,
      reasons: [
        'programs.0.colour: The kiosk has no field “colour”, so the file is refused rather than lose what it holds.',
        'notes: The kiosk has no field “notes”, so the file is refused rather than lose what it holds.',
        'extra: The kiosk has no field “extra”, so the file is refused rather than lose what it holds.',
      ],
    });
  });

  it('refuses two programs with one id, saying which, not just “Changed the order”', () => {
    const content = makeContent();
    content.programs.push({ ...structuredClone(content.programs[0]!), units: [] });
    expect(readImport(JSON.stringify(content))).toEqual({
      ok: false,
      reasons: [
        'programs.1.id: Another program already uses the id “library-services”: each program needs its own.',
      ],
    });
  });

  it('keeps the announcements of a version-1 file', () => {
    const v1 = structuredClone(makeContent()) as Record<string, unknown> & {
      kiosk: Record<string, unknown>;
    };
    delete v1.hours;
    delete v1.kiosk.idleTimeoutSeconds;
    delete v1.kiosk.defaultLanguage;
    const announcements = [
      { id: 'noon', text: { en: 'Closed at noon', es: '' }, startsAt: '', endsAt: '' },
    ];
    const result = readImport(JSON.stringify({ ...v1, schemaVersion: 1, announcements }));
    expect(result.ok && result.content.announcements).toEqual(announcements);
  });
});
