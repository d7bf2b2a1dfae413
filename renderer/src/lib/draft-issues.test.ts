import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import { draftIssues } from './draft-issues.ts';

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
