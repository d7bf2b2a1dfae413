import { describe, expect, it } from 'vitest';
import { changeSentence } from '../../contract/change-records.ts';
import type { Content } from '../../contract/content-schema.ts';
import { makeContent } from '../test-support/make-content.ts';
import { changeRecords } from './change-records.ts';

const edit = (change: (c: Content) => void): [Content, Content] => {
  const before = makeContent();
  const after = structuredClone(before);
  change(after);
  return [before, after];
};

describe('changeRecords', () => {
  it('says nothing when nothing changed', () => {
    expect(changeRecords(makeContent(), makeContent())).toEqual([]);
  });

  it('names a changed phone number where staff see it, with its old and new value', () => {
    const [before, after] = edit((c) => {
      c.programs[0]!.units[0]!.phone = '(916) 555-0199';
    });
    const records = changeRecords(before, after);
    expect(records).toEqual([
      {
        kind: 'changed',
        area: 'programs',
        where: 'Program 1, Library Services › Library › Phone number',
        from: '(916) 555-0100',
        to: '(916) 555-0199',
        text: false,
      },
    ]);
    expect(records.map(changeSentence)).toEqual([
      'Changed Program 1, Library Services › Library › Phone number from (916) 555-0100 to (916) 555-0199',
    ]);
  });

  it('gives each changed text its own record per language, with both versions whole', () => {
    const [before, after] = edit((c) => {
      c.programs[0]!.description[0] = { en: 'A longer description.', es: 'Una descripción.' };
    });
    expect(changeRecords(before, after)).toEqual([
      {
        kind: 'changed',
        area: 'programs',
        where: 'Program 1, Library Services › Description, paragraph 1 (English)',
        from: 'A description.',
        to: 'A longer description.',
        text: true,
      },
      {
        kind: 'added',
        area: 'programs',
        where: 'Program 1, Library Services › Description, paragraph 1 (Spanish)',
        from: '',
        to: 'Una descripción.',
        text: true,
      },
    ]);
  });

  it('reaches the privacy principles, lists and key facts', () => {
    const [before, after] = edit((c) => {
      c.privacy.principles[0]!.blocks.push({ type: 'list', items: [{ en: 'An item', es: '' }] });
      c.programs[0]!.keyFacts.push({ en: 'A fact.', es: '' });
    });
    expect(changeRecords(before, after).map((r) => [r.kind, r.area, r.where])).toEqual([
      ['added', 'programs', 'Program 1, Library Services › Key fact 1 (English)'],
      ['added', 'privacy', 'Privacy notice › Principle 1, part 2, item 1 (English)'],
    ]);
  });

  it('says when a program is hidden and shown again', () => {
    const [before, after] = edit((c) => {
      c.programs[0]!.hidden = true;
    });
    expect(changeRecords(before, after).map(changeSentence)).toEqual([
      'Hid Program 1, Library Services from visitors',
    ]);
    expect(changeRecords(after, before).map(changeSentence)).toEqual([
      'Showed Program 1, Library Services to visitors again',
    ]);
  });

  it('names an added or removed program or unit once, not field by field, and a new order', () => {
    const [before, after] = edit((c) => {
      const added = structuredClone(c.programs[0]!);
      added.id = 'new-program';
      added.title = { en: 'New Program', es: '' };
      c.programs.unshift(added);
    });
    expect(changeRecords(before, after).map(changeSentence)).toEqual([
      'Added Program 1, New Program',
    ]);
    expect(changeRecords(after, before).map(changeSentence)).toEqual([
      'Removed Program 1, New Program',
    ]);
    const [withUnit, without] = edit((c) => {
      c.programs[0]!.units = [];
    });
    expect(changeRecords(withUnit, without).map(changeSentence)).toEqual([
      'Removed Program 1, Library Services › Library: (916) 555-0100',
    ]);
    const [, two] = edit((c) => {
      const other = structuredClone(c.programs[0]!);
      other.id = 'other';
      other.title = { en: 'Other', es: '' };
      c.programs.push(other);
    });
    const reversed = { ...two, programs: [...two.programs].reverse() };
    expect(changeRecords(two, reversed)).toEqual([
      {
        kind: 'reordered',
        area: 'programs',
        where: 'the programs',
        from: 'Library Services, Other',
        to: 'Other, Library Services',
        text: false,
      },
    ]);
  });

  it('names settings, announcements, hours, closures and the privacy notice by area', () => {
    const [before, after] = edit((c) => {
      c.kiosk.idleTimeoutSeconds = 90;
      c.announcements.push({
        id: 'a',
        text: { en: 'Closed Friday', es: '' },
        startsAt: '',
        endsAt: '',
      });
      c.hours.weekly.push({ day: 1, opens: '08:00', closes: '17:00' });
      c.hours.closures.push({
        startDate: '2026-12-24',
        endDate: '2026-12-26',
        kind: 'closed',
        time: '',
        note: { en: '', es: '' },
      });
      c.privacy.policyDate = '1/1/2027';
    });
    expect(changeRecords(before, after).map((r) => [r.area, changeSentence(r)])).toEqual([
      ['announcements', 'Added Announcement 1'],
      ['privacy', 'Changed Privacy notice › Policy date from 4/28/2022 to 1/1/2027'],
      ['hours', 'Added Office hours › Monday: 08:00 to 17:00'],
      ['closures', 'Added Closure 1 › When: 2026-12-24 to 2026-12-26, closed all day'],
      ['settings', 'Changed Settings › Idle timeout from 60 seconds to 90 seconds'],
    ]);
  });

  it('lists every change, however many: the screens shorten the list, never the records', () => {
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
    expect(changeRecords(before, after)).toHaveLength(30);
  });
});
