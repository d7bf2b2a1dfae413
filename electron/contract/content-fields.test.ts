import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFields } from './content-fields.ts';
import { Content } from './content-schema.ts';

const bundled = (): Content =>
  Content.parse(
    JSON.parse(readFileSync(new URL('../../data/default-content.json', import.meta.url), 'utf8')),
  );

/** Every string in the content, by its path: what staff could have typed. */
function strings(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return [path.join('.')];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, [...path, key]));
}

// Names, not text: ids, a block's kind, and what the hours and closures fields give as a value.
const NOT_TEXT = /(^|\.)(id|type)$|^hours\.|^schemaVersion$/;

describe('contentFields', () => {
  it('reaches every text of the content, in English and Spanish', () => {
    const content = bundled();
    content.announcements.push({
      id: 'a',
      text: { en: 'Closed', es: 'Cerrado' },
      startsAt: '',
      endsAt: '',
    });
    const covered = new Set(contentFields(content).map((f) => f.path.join('.')));
    const missed = strings(content).filter((path) => !NOT_TEXT.test(path) && !covered.has(path));
    expect(missed).toEqual([]);
  });

  it('keys a program’s fields by its id, so a new order changes no key', () => {
    const content = bundled();
    const keys = contentFields(content).map((f) => f.key);
    const reordered = { ...content, programs: [...content.programs].reverse() };
    expect(new Set(contentFields(reordered).map((f) => f.key))).toEqual(new Set(keys));
  });

  it('marks the agency’s words, and keeps the kiosk’s own apart', () => {
    const fields = contentFields(bundled());
    const agency = (where: string) => fields.find((f) => f.where === where)?.agency;
    expect(agency('Program 2, Training Reimbursement › Description, paragraph 2 (Spanish)')).toBe(
      true,
    );
    expect(agency('Privacy notice › Principle 2, part 3, item 1 (English)')).toBe(true);
    expect(agency('Settings › Welcome screen title (English)')).toBe(false);
    expect(agency('Announcement 1 › Text (English)')).toBeUndefined();
  });
});
