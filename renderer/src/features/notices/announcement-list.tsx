import { Megaphone } from 'lucide-react';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { useActiveAnnouncements } from './use-notices.ts';

/** Staff's announcements showing now; nothing at all when there are none. */
export function AnnouncementList({ className }: { className: string }) {
  const announcements = useActiveAnnouncements();
  const ui = useKiosk(selectUiText);
  const t = useLocalize();
  if (announcements.length === 0) return null;
  return (
    <section className={`announcements ${className}`} aria-label={ui.announcements}>
      <ul className="announcements__list">
        {announcements.map((a) => (
          <li key={a.id} className="announcement">
            <Megaphone aria-hidden="true" className="announcement__icon" />
            <p className="announcement__text">{t(a.text)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
