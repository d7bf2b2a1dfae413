import { describe, expect, it } from 'vitest';
import { contentFixture } from '../test-support/content-fixture.ts';
import { issuePlaces } from './issue-sections.ts';

describe('issuePlaces', () => {
  it('names each place with problems once, a program by its title', () => {
    const content = contentFixture();
    const second = content.programs[1]!;
    const issues = new Map([
      ['programs.1.units.0.phone', 'Phone number must look like (916) 227-4253'],
      ['programs.1.title.en', 'English text is required'],
      ['announcements.0.text.en', 'English text is required'],
      ['kiosk.idleTimeoutSeconds', 'Too short'],
    ]);
    expect(issuePlaces(issues, content)).toEqual([
      { section: 'programs', label: `Programs: ${second.title.en}`, programId: second.id },
      { section: 'announcements', label: 'Announcements' },
      { section: 'settings', label: 'Settings' },
    ]);
  });

  it('names nothing when nothing is wrong', () => {
    expect(issuePlaces(new Map(), contentFixture())).toEqual([]);
  });
});
