import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContent } from '../test-support/make-content.ts';
import { propertyRuns } from '../test-support/property-runs.ts';
import { serializeJson } from './durable-json-file.ts';
import { objectText } from './object-text.ts';

const textsOf = (object: Record<string, unknown>) =>
  Object.entries(object).map(([key, value]) => [key, serializeJson(value)] as const);

describe('objectText', () => {
  it('writes the same bytes as serializeJson of the whole object', () => {
    const revision = {
      info: { number: 7, kind: 'publish', changes: ['Changed a\nb'], records: [] },
      content: makeContent(),
    };
    expect(objectText(textsOf(revision))).toBe(serializeJson(revision));
  });

  it('keeps fields in the order given, keys escaped, empty values as serializeJson has them', () => {
    const object = { 'a "quoted"\nkey': 'line one\nline two', empty: {}, none: [], n: null };
    expect(objectText(textsOf(object))).toBe(serializeJson(object));
    expect(objectText([])).toBe(serializeJson({}));
  });

  it('agrees with serializeJson on any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        expect(objectText(textsOf(object))).toBe(serializeJson(object));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
