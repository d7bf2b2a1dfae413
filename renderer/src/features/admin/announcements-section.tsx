import { Plus, Trash2 } from 'lucide-react';
import { freshId } from '../../lib/program-edits.ts';
import { selectChangeWorking, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { LocalizedField, TextField } from './text-field.tsx';

const WHEN_HINT = 'Like 2026-12-24T12:00 (the lobby’s clock). Leave empty for no limit.';

/** Announcements on the welcome and home screens, each shown between its start and end. */
export function AnnouncementsSection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  if (!working) return null;
  type Announcement = (typeof working.announcements)[number];
  const update = (index: number, next: Announcement) =>
    change((c) => ({
      ...c,
      announcements: c.announcements.map((a, i) => (i === index ? next : a)),
    }));
  return (
    <section className="admin-section" aria-labelledby="admin-announcements-title">
      <h2 id="admin-announcements-title" className="admin-section__title">
        Announcements
      </h2>
      {working.announcements.length === 0 && <p>There are no announcements.</p>}
      {working.announcements.map((a, i) => (
        <div key={a.id} className="admin-unit">
          <LocalizedField
            label={`Announcement ${i + 1}`}
            path={`announcements.${i}.text`}
            value={a.text}
            multiline
            onChange={(text) => update(i, { ...a, text })}
          />
          <TextField
            label="Shows from"
            path={`announcements.${i}.startsAt`}
            value={a.startsAt}
            hint={WHEN_HINT}
            onChange={(startsAt) => update(i, { ...a, startsAt })}
          />
          <TextField
            label="Shows until"
            path={`announcements.${i}.endsAt`}
            value={a.endsAt}
            hint={WHEN_HINT}
            onChange={(endsAt) => update(i, { ...a, endsAt })}
          />
          <button
            type="button"
            className="admin-button admin-button--danger"
            onClick={() =>
              change((c) => ({
                ...c,
                announcements: c.announcements.filter((_, j) => j !== i),
              }))
            }
          >
            <Trash2 aria-hidden="true" />
            Remove this announcement
          </button>
        </div>
      ))}
      <button
        type="button"
        className="admin-button"
        onClick={() =>
          change((c) => ({
            ...c,
            announcements: [
              ...c.announcements,
              {
                id: freshId(
                  'announcement',
                  c.announcements.map((x) => x.id),
                ),
                text: { en: '', es: '' },
                startsAt: '',
                endsAt: '',
              },
            ],
          }))
        }
      >
        <Plus aria-hidden="true" />
        Add an announcement
      </button>
    </section>
  );
}
