import { describe, expect, it } from 'vitest';
import { activeAnnouncements, type Announcement } from './announcements.ts';

const make = (id: string, startsAt: string, endsAt: string): Announcement => ({
  id,
  text: { en: id, es: '' },
  startsAt,
  endsAt,
});

const ids = (list: Announcement[]) => list.map((a) => a.id);

describe('activeAnnouncements', () => {
  const list = [
    make('always', '', ''),
    make('holiday', '2026-12-24T12:00', '2026-12-26T08:00'),
    make('from-noon', '2026-12-24T12:00', ''),
    make('until-noon', '', '2026-12-24T12:00'),
  ];

  it('shows one from its start minute', () => {
    expect(ids(activeAnnouncements(list, '2026-12-24T11:59'))).toEqual(['always', 'until-noon']);
    expect(ids(activeAnnouncements(list, '2026-12-24T12:00'))).toEqual([
      'always',
      'holiday',
      'from-noon',
    ]);
  });

  it('hides one at its end minute', () => {
    expect(ids(activeAnnouncements(list, '2026-12-26T07:59'))).toContain('holiday');
    expect(ids(activeAnnouncements(list, '2026-12-26T08:00'))).not.toContain('holiday');
  });

  it('shows nothing when there is nothing to announce', () => {
    expect(activeAnnouncements([], '2026-12-24T12:00')).toEqual([]);
  });
});
