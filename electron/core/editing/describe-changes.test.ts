import { describe, expect, it } from 'vitest';
import type { Content } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { describeChanges } from './describe-changes.ts';

const edit = (change: (c: Content) => void): [Content, Content] => {
  const before = makeContent();
  const after = structuredClone(before);
  change(after);
  return [before, after];
};

describe('describeChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeChanges(makeContent(), makeContent())).toEqual([]);
  });

  it('names a changed phone number with its old and new value', () => {
    const [before, after] = edit((c) => {
      c.programs[0]!.units[0]!.phone = '(916) 555-0199';
    });
    expect(describeChanges(before, after)).toEqual([
      'Changed the phone number of “Library” from (916) 555-0100 to (916) 555-0199',
    ]);
  });

  it('says when a program is hidden and shown again', () => {
    const [before, after] = edit((c) => {
      c.programs[0]!.hidden = true;
    });
    expect(describeChanges(before, after)).toEqual(['Hid “Library Services” from visitors']);
    expect(describeChanges(after, before)).toEqual(['Showed “Library Services” to visitors again']);
  });

  it('names added and removed programs, and a new order', () => {
    const [before, after] = edit((c) => {
      const added = structuredClone(c.programs[0]!);
      added.id = 'new-program';
      added.title = { en: 'New Program', es: '' };
      c.programs.unshift(added);
    });
    expect(describeChanges(before, after)).toEqual(['Added program “New Program”']);
    expect(describeChanges(after, before)).toEqual(['Removed program “New Program”']);
  });

  it('names settings, announcements, hours and the privacy notice', () => {
    const [before, after] = edit((c) => {
      c.kiosk.idleTimeoutSeconds = 90;
      c.announcements.push({
        id: 'a',
        text: { en: 'Closed Friday', es: '' },
        startsAt: '',
        endsAt: '',
      });
      c.hours.weekly.push({ day: 1, opens: '08:00', closes: '17:00' });
      c.privacy.policyDate = '1/1/2027';
    });
    expect(describeChanges(before, after)).toEqual([
      'Added the announcement “Closed Friday”',
      'Changed the office hours',
      'Changed the privacy notice',
      'Changed the idle timeout from 60 to 90 seconds',
    ]);
  });

  it('keeps a long list short', () => {
    const [before, after] = edit((c) => {
      for (let i = 0; i < 30; i += 1) {
        c.announcements.push({
          id: `a${i}`,
          text: { en: `Note ${i}`, es: '' },
          startsAt: '',
          endsAt: '',
        });
      }
    });
    const lines = describeChanges(before, after);
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toBe('…and 19 more changes');
  });
});
