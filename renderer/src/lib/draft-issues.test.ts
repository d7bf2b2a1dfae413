import { describe, expect, it, vi } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import { draftIssues, memoiseIssues, NO_ISSUES } from './draft-issues.ts';

describe('draftIssues', () => {
  it('puts the schema’s own words on the field that is wrong', () => {
    const content = contentFixture();
    const unit = content.programs.findIndex((p) => p.units.length > 0);
    content.programs[unit]!.units[0]!.phone = '227-4253';
    const issues = draftIssues(content);
    expect(issues.get(`programs.${unit}.units.0.phone`)).toBe(
      'Phone number must look like (916) 227-4253',
    );
  });

  it('finds nothing wrong with valid content', () => {
    expect(draftIssues(contentFixture()).size).toBe(0);
  });
});

describe('memoiseIssues', () => {
  it('checks a working copy once, however many fields ask, and a changed copy again', () => {
    const check = vi.fn(draftIssues);
    const issuesOf = memoiseIssues(check);
    const content = contentFixture();
    for (let field = 0; field < 50; field += 1) issuesOf(content);
    expect(check).toHaveBeenCalledTimes(1);

    issuesOf({ ...content, programs: [...content.programs] });
    expect(check).toHaveBeenCalledTimes(2);
    expect(issuesOf(null)).toBe(NO_ISSUES);
  });
});
