import { useMemo } from 'react';
import { activeAnnouncements } from '../../lib/announcements.ts';
import { localMoment } from '../../lib/local-time.ts';
import { officeStatus, upcomingClosures, weekRows } from '../../lib/office-hours.ts';
import { selectAnnouncements, selectHours, selectNow } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

export function useActiveAnnouncements() {
  const announcements = useKiosk(selectAnnouncements);
  const now = useKiosk(selectNow);
  return useMemo(
    () => activeAnnouncements(announcements, localMoment(now).stamp),
    [announcements, now],
  );
}

export function useOfficeStatus() {
  const hours = useKiosk(selectHours);
  const now = useKiosk(selectNow);
  return useMemo(() => officeStatus(hours, localMoment(now)), [hours, now]);
}

export function useOfficeWeek() {
  const hours = useKiosk(selectHours);
  const now = useKiosk(selectNow);
  return useMemo(
    () => ({ week: weekRows(hours), closures: upcomingClosures(hours, localMoment(now).date) }),
    [hours, now],
  );
}
