import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { MAX_IMPORT_CHARS } from '../../contract/editing-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { readImport } from './read-import.ts';

const bundled = readFileSync(
  new URL('../../../data/default-content.json', import.meta.url),
  'utf8',
);
const reasonsOf = (text: string) => {
  const result = readImport(text);
  return result.ok ? [] : result.reasons;
};
// What staff must never see: dotted paths and zod's own wording.
const DEVELOPER_WORDS = /\w\.\d+\.|Invalid input|expected \w+, received|position \d+/;

describe('readImport', () => {
  it('accepts a valid content file', () => {
    const content = makeContent('Imported');
    expect(readImport(JSON.stringify(content))).toEqual({ ok: true, content });
  });

  it('accepts the bundled content', () => {
    expect(readImport(bundled).ok).toBe(true);
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

  it('says an empty file is empty', () => {
    expect(reasonsOf('  ')).toEqual(['The file is empty. Choose a file that Export made.']);
  });

  it('says a damaged file is damaged, by line, in one sentence and no parser words', () => {
    const lines = bundled.split('\n');
    const broken = `${bundled.slice(0, 5000)}"oops"${bundled.slice(5000)}`;
    const line = bundled.slice(0, 5000).split('\n').length;
    expect(lines.length).toBeGreaterThan(line);
    expect(reasonsOf(broken)).toEqual([
      `This file is not a kiosk content file: it is damaged near line ${line}, perhaps changed by hand. Choose a file that Export made.`,
    ]);
  });

  it('says a file cut short stops part way', () => {
    expect(reasonsOf(bundled.slice(0, 3000))).toEqual([
      'This file is not a kiosk content file: it stops part way, perhaps copied before it was complete. Choose a file that Export made.',
    ]);
  });

  it.each([
    ['a list', '[1, 2]'],
    ['a usage export read as JSON', '"date,kind,key,count"'],
    ['another program’s settings', JSON.stringify({ theme: 'dark', version: 3 })],
    ['a policy file', JSON.stringify({ usageCounts: false, schemaVersion: 2 })],
  ])('says %s is not a content file, in one sentence', (_, text) => {
    expect(reasonsOf(text)).toEqual([
      'This file is not a kiosk content file. Choose a file that Export made.',
    ]);
  });

  it('refuses a file from a newer kiosk and says what to do', () => {
    const future = { ...makeContent(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(reasonsOf(JSON.stringify(future))).toEqual([
      `This file was made by a newer kiosk (content version ${CURRENT_SCHEMA_VERSION + 1}; this kiosk reads up to ${CURRENT_SCHEMA_VERSION}). Ask IT to update this kiosk, then import the file again.`,
    ]);
  });

  it('refuses a file too large to be content, with its size', () => {
    const text = JSON.stringify({ ...makeContent(), pad: 'x'.repeat(MAX_IMPORT_CHARS) });
    expect(reasonsOf(text)).toEqual([
      `This file is too large to be a kiosk content file (${Math.ceil(text.length / 1000)} KB; a content file is under 500 KB). Choose a file that Export made.`,
    ]);
  });

  it('names a wrong phone number by program, as staff see it, with an example from the file', () => {
    const content = JSON.parse(bundled) as { programs: { units: { phone: string }[] }[] };
    content.programs[2]!.units[0]!.phone = '(916) 227-39';
    expect(reasonsOf(JSON.stringify(content))).toEqual([
      'Program 3, Contracts: the phone number (916) 227-39 is too short. A number looks like (916) 227-3924.',
    ]);
  });

  it('says a number written another way is not the way the kiosk shows numbers', () => {
    const content = makeContent();
    content.programs[0]!.units[0]!.phone = '916-555-0100';
    content.programs[0]!.description[0]!.en = 'Call (916) 555-0199.';
    expect(reasonsOf(JSON.stringify(content))).toEqual([
      'Program 1, Library Services: the phone number 916-555-0100 is not written the way the kiosk shows numbers. A number looks like (916) 555-0199.',
    ]);
  });

  it('names a missing field by where it is, and says what to do', () => {
    const content = JSON.parse(bundled) as Record<string, unknown> & {
      announcements: Record<string, unknown>[];
    };
    content.announcements = [
      { id: 'first', text: { en: 'First', es: '' }, startsAt: '', endsAt: '' },
      { text: { en: 'Second', es: '' }, startsAt: '', endsAt: '' },
    ];
    const reasons = reasonsOf(JSON.stringify(content));
    expect(reasons).toEqual([
      'Announcement 2: its id is missing. A file that Export makes always has it: export the content again.',
    ]);
  });

  it('names a wrong kind of value and a schema rule in plain words', () => {
    const content = makeContent() as unknown as Record<string, Record<string, unknown>>;
    content.kiosk!.idleTimeoutSeconds = 'ninety';
    content.kiosk!.attractTitle = { en: ' ', es: '' };
    const reasons = reasonsOf(JSON.stringify(content));
    expect(reasons).toEqual([
      'Settings: the welcome title in English: English text is required.',
      'Settings: the idle timeout should be a number. A file that Export makes always has it: export the content again.',
    ]);
    expect(reasons.join(' ')).not.toMatch(DEVELOPER_WORDS);
  });

  it('refuses fields it does not know, naming each by place, rather than drop them', () => {
    const content = makeContent() as Record<string, unknown> & ReturnType<typeof makeContent>;
    (content.programs[0]! as Record<string, unknown>).colour = 'blue';
    expect(reasonsOf(JSON.stringify({ ...content, notes: 'kept by hand' }))).toEqual([
      'Program 1, Library Services: the file has a field “colour” this kiosk does not know, so it is refused rather than lose what it holds. A file that Export makes always has it: export the content again.',
      'The file: the file has a field “notes” this kiosk does not know, so it is refused rather than lose what it holds. A file that Export makes always has it: export the content again.',
    ]);
  });

  it('refuses two programs with one id, saying which, not just “Changed the order”', () => {
    const content = makeContent();
    content.programs.push({ ...structuredClone(content.programs[0]!), units: [] });
    expect(reasonsOf(JSON.stringify(content))).toEqual([
      'Program 2, Library Services: its id: Another program already uses the id “library-services”: each program needs its own.',
    ]);
  });

  it('never shows a dotted path or zod’s words, whatever breaks in the bundled content', () => {
    const content = JSON.parse(bundled) as Record<string, Record<string, unknown>>;
    const privacy = content.privacy as { principles: { blocks: unknown[] }[]; policyDate: string };
    privacy.principles[7]!.blocks = [];
    privacy.policyDate = '2022-04-28';
    (content.hours as { weekly: unknown[] }).weekly = [{ day: 1, opens: '8am', closes: '17:00' }];
    const reasons = reasonsOf(JSON.stringify(content));
    expect(reasons).toEqual([
      'Privacy notice: principle 8 is empty; it needs at least one entry. Fill it in, or export the content again.',
      'Privacy notice: the policy date: The policy date must look like 4/28/2022.',
      'Office hours, Monday: the opening time: A time of day must look like 08:00.',
      'Office hours, Monday: the closing time: Closing time must be after opening time.',
    ]);
    expect(reasons.join(' ')).not.toMatch(DEVELOPER_WORDS);
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
