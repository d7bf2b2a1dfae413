import type { Content } from '../../../electron/contract/content-schema.ts';

export type Announcement = Content['announcements'][number];

/**
 * The announcements showing at `stamp` (local time, 2026-12-24T08:05): from their start, until
 * just before their end; an empty start or end leaves that side open. In the staff's order.
 */
export function activeAnnouncements(
  announcements: readonly Announcement[],
  stamp: string,
): Announcement[] {
  return announcements.filter(
    (a) => (a.startsAt === '' || a.startsAt <= stamp) && (a.endsAt === '' || stamp < a.endsAt),
  );
}
