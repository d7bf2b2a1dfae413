import { CalendarPlus, Plus } from 'lucide-react';
import { closurePrefill, mentionsClosing } from '../../lib/closure-suggestion.ts';
import { newClosure } from '../../lib/closure-form.ts';
import { localMoment } from '../../lib/local-time.ts';
import { freshId } from '../../lib/program-edits.ts';
import {
  selectChangeWorking,
  selectOpenClosure,
  selectOpenSection,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import type { Announcement } from '../../lib/announcements.ts';
import { DateTimeField } from './pickers/date-time-field.tsx';
import { RemoveButton } from './remove-button.tsx';
import { LocalizedField } from './text-field.tsx';

/**
 * Offers the closure an announcement about closing implies: home's "Open now" follows hours
 * and closures only, so without one it would still say open. Opens the form; adds nothing.
 */
function ClosingSuggestion({ announcement }: { announcement: Announcement }) {
  const openClosure = useAdmin(selectOpenClosure);
  const openSection = useAdmin(selectOpenSection);
  if (!mentionsClosing(announcement.text)) return null;
  const suggest = () => {
    const prefill = closurePrefill(announcement);
    const today = localMoment(Date.now()).date;
    openClosure({
      index: null,
      closure: {
        ...newClosure(today),
        ...prefill,
        startDate: prefill.startDate || today,
        endDate: prefill.endDate || today,
      },
    });
    openSection('hours');
  };
  return (
    <div className="admin-suggestion" role="note">
      <p>
        This announcement speaks of closing. Home says “Open now” from the office hours and closures
        only: add an early closing or a closure so it says “Closed” at the right time.
      </p>
      <button type="button" className="admin-button" onClick={suggest}>
        <CalendarPlus aria-hidden="true" />
        Add a closure for this
      </button>
    </div>
  );
}

/** Announcements on the welcome and home screens, each shown between its start and end. */
export function AnnouncementsSection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  if (!working) return null;
  const update = (index: number, edit: (a: Announcement) => void) =>
    change((c) => {
      edit(c.announcements[index]!);
    });
  return (
    <section className="admin-section" aria-labelledby="admin-announcements-title">
      <h2 id="admin-announcements-title" className="admin-section__title">
        Announcements
      </h2>
      {working.announcements.length === 0 && <p>There are no announcements.</p>}
      {working.announcements.map((a, i) => (
        <div key={a.id} className="admin-unit">
          <div data-keep-in-view>
            <LocalizedField
              label={`Announcement ${i + 1}`}
              path={`announcements.${i}.text`}
              value={a.text}
              multiline
              onChange={(text) =>
                update(i, (x) => {
                  x.text = text;
                })
              }
            />
            <ClosingSuggestion announcement={a} />
          </div>
          <p className="field__hint">
            On the lobby’s clock. With no day chosen, there is no limit.
          </p>
          <DateTimeField
            label="Shows from"
            path={`announcements.${i}.startsAt`}
            value={a.startsAt}
            defaultTime="08:00"
            onChange={(startsAt) =>
              update(i, (x) => {
                x.startsAt = startsAt;
              })
            }
          />
          <DateTimeField
            label="Shows until"
            path={`announcements.${i}.endsAt`}
            value={a.endsAt}
            defaultTime="17:00"
            onChange={(endsAt) =>
              update(i, (x) => {
                x.endsAt = endsAt;
              })
            }
          />
          <RemoveButton
            onClick={() =>
              change((c) => {
                c.announcements.splice(i, 1);
              })
            }
          >
            Remove this announcement
          </RemoveButton>
        </div>
      ))}
      <button
        type="button"
        className="admin-button"
        onClick={() =>
          change((c) => {
            c.announcements.push({
              id: freshId(
                'announcement',
                c.announcements.map((x) => x.id),
              ),
              text: { en: '', es: '' },
              startsAt: '',
              endsAt: '',
            });
          })
        }
      >
        <Plus aria-hidden="true" />
        Add an announcement
      </button>
    </section>
  );
}
