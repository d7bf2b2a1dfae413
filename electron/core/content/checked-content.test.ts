import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeJson } from '../store/durable-json-file.ts';
import { makeContent } from '../test-support/make-content.ts';
import { checkContent, contentText, isCheckedContent } from './checked-content.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function checked(label = 'Test') {
  const result = checkContent(makeContent(label));
  if (!result.success) throw new Error('makeContent should pass the content rules');
  return result.data;
}

describe('checkContent', () => {
  it('passes content that obeys every rule as a checked copy, frozen all the way down', () => {
    const input = makeContent();
    const result = checkContent(input);
    expect(result.success).toBe(true);
    const data = result.success ? result.data : null;
    expect(data).toEqual(input);
    expect(data).not.toBe(input);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data?.programs)).toBe(true);
    expect(Object.isFrozen(data?.programs[0]?.units[0]?.name)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.programs[0]?.units[0]?.name)).toBe(false);
    expect(isCheckedContent(data)).toBe(true);
  });

  it('refuses content that breaks a rule, with zod’s issues, and checks nothing in', () => {
    const bad = { ...makeContent(), privacy: { ...makeContent().privacy, policyDate: 'soon' } };
    const result = checkContent(bad);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      ['privacy', 'policyDate'],
    ]);
    expect(isCheckedContent(bad)).toBe(false);
  });

  it('hands checked content back as it is', () => {
    const data = checked();
    expect(checkContent(data)).toEqual({ success: true, data });
    expect((checkContent(data) as { data: unknown }).data).toBe(data);
  });

  it('does not take an equal copy, or anything else, for checked content', () => {
    const data = checked();
    expect(isCheckedContent(structuredClone(data))).toBe(false);
    expect(isCheckedContent(makeContent())).toBe(false);
    expect(isCheckedContent(null)).toBe(false);
    expect(isCheckedContent('content')).toBe(false);
  });
});

describe('contentText', () => {
  it('is serializeJson of the content, checked or not', () => {
    expect(contentText(makeContent('Plain'))).toBe(serializeJson(makeContent('Plain')));
    expect(contentText(checked('Checked'))).toBe(serializeJson(makeContent('Checked')));
  });

  it('serialises checked content once however often it is asked, other content every time', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    const data = checked();
    contentText(data);
    contentText(data);
    expect(stringify).toHaveBeenCalledTimes(1);
    const plain = makeContent();
    stringify.mockClear();
    contentText(plain);
    contentText(plain);
    expect(stringify).toHaveBeenCalledTimes(2);
  });
});
