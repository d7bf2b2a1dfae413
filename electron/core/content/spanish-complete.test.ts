import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from '../../contract/content-schema.ts';

const content = Content.parse(
  JSON.parse(readFileSync(new URL('../../../data/default-content.json', import.meta.url), 'utf8')),
);

interface Localized {
  path: string;
  en: string;
  es: string;
}

function localizedTexts(value: unknown, path = ''): Localized[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (
    typeof record.en === 'string' &&
    typeof record.es === 'string' &&
    Object.keys(record).length === 2
  ) {
    return [{ path, en: record.en, es: record.es }];
  }
  return Object.entries(record).flatMap(([key, item]) => localizedTexts(item, `${path}.${key}`));
}

describe('the bundled default content in Spanish', () => {
  const texts = localizedTexts(content);

  it('has localized texts to check', () => {
    expect(texts.length).toBeGreaterThan(70);
  });

  it.each(texts.filter((text) => text.en !== '').map((text) => [text.path, text]))(
    '%s is translated',
    (_path, text) => {
      expect(text.es.trim()).not.toBe('');
    },
  );

  it('keeps every phone number of the English in the Spanish', () => {
    for (const { en, es } of texts) {
      for (const phone of en.match(/\(\d{3}\) \d{3}-\d{4}/g) ?? []) expect(es).toContain(phone);
    }
  });
});
