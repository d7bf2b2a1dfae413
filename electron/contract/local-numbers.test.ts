import { describe, expect, it } from 'vitest';
import { centralPartsOf } from './content-ownership.ts';
import type { Content } from './content-schema.ts';
import { makeContent } from '../core/test-support/make-content.ts';
import { localNumberProblems } from './local-numbers.ts';

/** The test content (its one unit is (916) 555-0100) with an announcement and a closure note. */
function withLocalText(announcement: string, closureNote = ''): Content {
  const content = makeContent('Default');
  content.announcements = [
    { id: 'note', text: { en: announcement, es: '' }, startsAt: '', endsAt: '' },
  ];
  content.hours.closures = [
    {
      startDate: '2026-12-24',
      endDate: '2026-12-24',
      kind: 'closed',
      time: '',
      note: { en: closureNote, es: '' },
    },
  ];
  return content;
}

const MANAGED = centralPartsOf('announcements-and-hours');

describe('localNumberProblems', () => {
  it('flags a number in an announcement or a closure note that the directory does not have', () => {
    const content = withLocalText('Call 555-0199 today.', 'Call (916) 555-0142.');

    expect(localNumberProblems(content, MANAGED)).toEqual([
      "Announcement 1 › Text (English) mentions 555-0199, a number the bureau's central content does not have (any more). Staff check it in admin and change or remove it.",
      expect.stringMatching(/^Closure 1 .* mentions \(916\) 555-0142, a number/),
    ]);
  });

  it('leaves a number the directory has, in any format', () => {
    expect(localNumberProblems(withLocalText('Call 916-555-0100 or 555-0100.'), MANAGED)).toEqual(
      [],
    );
  });

  it('leaves numbers in the central parts alone, and flags nothing when all is local or central', () => {
    const content = withLocalText('Call 555-0199 today.');
    content.bureau.overview = [{ en: 'Call 555-0111.', es: '' }];

    expect(localNumberProblems(content, MANAGED)).toHaveLength(1);
    expect(localNumberProblems(content, centralPartsOf('all'))).toEqual([]);
    expect(localNumberProblems(content, centralPartsOf('none'))).toEqual([]);
    expect(localNumberProblems(content, centralPartsOf(null))).toEqual([]);
  });
});
