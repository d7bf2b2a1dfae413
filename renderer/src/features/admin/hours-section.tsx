import { CalendarPlus, Copy, Pencil, Plus, Trash2 } from 'lucide-react';
import { newClosure } from '../../lib/closure-form.ts';
import { closureDates, closureWords, weekdayName } from '../../lib/hours-format.ts';
import { localMoment } from '../../lib/local-time.ts';
import { UI_TEXT } from '../../lib/ui-text.ts';
import { copyMondayToWeekdays } from '../../lib/weekly-hours.ts';
import {
  selectChangeWorking,
  selectClosureRequest,
  selectOpenClosure,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { ClosureForm } from './closure-form.tsx';
import { TimePicker } from './pickers/time-picker.tsx';
import { RemoveButton } from './remove-button.tsx';
import { useDraftIssues } from './use-draft-issues.ts';

const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** Opening hours by weekday and closures; the kiosk's "Open now" comes from these alone. */
export function HoursSection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  const request = useAdmin(selectClosureRequest);
  const openClosure = useAdmin(selectOpenClosure);
  const issues = useDraftIssues();
  if (!working) return null;
  // A closure from an older file may break a rule; its problems show on its line.
  const closureIssues = (i: number) =>
    [...issues].filter(([path]) => path.startsWith(`hours.closures.${i}.`)).map(([, m]) => m);
  const { weekly, closures } = working.hours;

  return (
    <section className="admin-section" aria-labelledby="admin-hours-title">
      <h2 id="admin-hours-title" className="admin-section__title">
        Office hours
      </h2>
      <p>
        A day with no hours shows as closed. With no hours at all, visitors see none. Home says
        “Open now” or “Closed” from these hours and the closures below, never from announcements.
      </p>
      {WEEK.map((day) => {
        const name = weekdayName(day, 'en');
        const ranges = weekly
          .map((hours, index) => ({ hours, index }))
          .filter(({ hours }) => hours.day === day);
        return (
          <div key={day} className="admin-hours-day" role="group" aria-label={name}>
            <h3 className="admin-section__subtitle">{name}</h3>
            {ranges.map(({ hours, index }, n) => {
              const which = ranges.length > 1 ? ` (${n + 1})` : '';
              return (
                <div key={index} className="picker-row">
                  <TimePicker
                    label={`${name} opens${which}`}
                    path={`hours.weekly.${index}.opens`}
                    value={hours.opens}
                    onChange={(opens) =>
                      change((c) => {
                        c.hours.weekly[index]!.opens = opens;
                      })
                    }
                  />
                  <TimePicker
                    label={`${name} closes${which}`}
                    path={`hours.weekly.${index}.closes`}
                    value={hours.closes}
                    onChange={(closes) =>
                      change((c) => {
                        c.hours.weekly[index]!.closes = closes;
                      })
                    }
                  />
                  <RemoveButton
                    onClick={() =>
                      change((c) => {
                        c.hours.weekly.splice(index, 1);
                      })
                    }
                  >
                    {ranges.length > 1 ? `Remove these hours${which}` : `Closed on ${name}`}
                  </RemoveButton>
                </div>
              );
            })}
            <button
              type="button"
              className="admin-button"
              onClick={() =>
                change((c) => {
                  const last = ranges.at(-1)?.hours.closes;
                  c.hours.weekly.push(
                    last && last < '23:00'
                      ? { day, opens: last, closes: '23:00' }
                      : { day, opens: '08:00', closes: '17:00' },
                  );
                })
              }
            >
              <Plus aria-hidden="true" />
              {ranges.length === 0 ? `Open on ${name}` : `Add more hours on ${name}`}
            </button>
            {day === 1 && (
              <button
                type="button"
                className="admin-button"
                onClick={() =>
                  change((c) => {
                    c.hours.weekly = copyMondayToWeekdays(c.hours.weekly);
                  })
                }
              >
                <Copy aria-hidden="true" />
                Copy Monday to weekdays
              </button>
            )}
          </div>
        );
      })}
      <h3 className="admin-section__subtitle">Closures, early closings and late openings</h3>
      {closures.length === 0 && <p>There are no closures.</p>}
      <ul className="admin-list">
        {closures.map((closure, i) => (
          <li key={i} className="admin-list__item">
            <span className="admin-list__name">{closureDates(closure, UI_TEXT.en, 'en')}</span>
            <span className="admin-list__detail">
              {closureWords(closure, UI_TEXT.en, 'en').join('. ')}
            </span>
            {closureIssues(i).map((message) => (
              <span key={message} className="admin-list__detail field__error">
                {message}
              </span>
            ))}
            <span className="admin-list__actions">
              <button
                type="button"
                className="admin-icon-button"
                aria-label={`Change closure ${i + 1}`}
                onClick={() => openClosure({ index: i, closure })}
              >
                <Pencil aria-hidden="true" />
              </button>
              <button
                type="button"
                className="admin-icon-button"
                aria-label={`Remove closure ${i + 1}`}
                onClick={() =>
                  change((c) => {
                    c.hours.closures.splice(i, 1);
                  })
                }
              >
                <Trash2 aria-hidden="true" />
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ClosureForm />
      {!request && (
        <button
          type="button"
          className="admin-button"
          onClick={() =>
            openClosure({ index: null, closure: newClosure(localMoment(Date.now()).date) })
          }
        >
          <CalendarPlus aria-hidden="true" />
          Add a closure, early closing or late opening
        </button>
      )}
    </section>
  );
}
