import { describe, expect, it } from 'vitest';
import { Content } from '../../../electron/contract/content-schema.ts';
import { formatIssues } from '../../../electron/contract/format-issues.ts';
import { contentFixture } from './content-fixture.ts';

describe('contentFixture', () => {
  it('is valid content, so tests exercise what the core can really send', () => {
    const result = Content.safeParse(contentFixture());
    expect(result.success ? [] : formatIssues(result.error)).toEqual([]);
  });
});
