import { Plus, Trash2 } from 'lucide-react';
import { weekdayName } from '../../lib/hours-format.ts';
import { selectChangeWorking, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { LocalizedField, TextField } from './text-field.tsx';

const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** Opening hours by weekday and dated closures; the kiosk shows "Open now" from these. */
export function HoursSection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  if (!working) return null;
  const { weekly, closures } = working.hours;
  const setHours = (next: Partial<typeof working.hours>) =>
    change((c) => ({ ...c, hours: { ...c.hours, ...next } }));

  return (
    <section className="admin-section" aria-labelledby="admin-hours-title">
      <h2 id="admin-hours-title" className="admin-section__title">
        Office hours
      </h2>
      <p>A day with no hours shows as closed. With no hours at all, visitors see none.</p>
      {WEEK.map((day) => {
        const index = weekly.findIndex((h) => h.day === day);
        const hours = weekly[index];
        const name = weekdayName(day, 'en');
        return (
          <div key={day} className="admin-hours-day">
            <h3 className="admin-section__subtitle">{name}</h3>
            {hours ? (
              <>
                <TextField
                  label={`${name} opens`}
                  path={`hours.weekly.${index}.opens`}
                  value={hours.opens}
                  hint="Like 08:00"
                  onChange={(opens) =>
                    setHours({ weekly: weekly.map((h, i) => (i === index ? { ...h, opens } : h)) })
                  }
                />
                <TextField
                  label={`${name} closes`}
                  path={`hours.weekly.${index}.closes`}
                  value={hours.closes}
                  hint="Like 17:00"
                  onChange={(closes) =>
                    setHours({ weekly: weekly.map((h, i) => (i === index ? { ...h, closes } : h)) })
                  }
                />
                <button
                  type="button"
                  className="admin-button"
                  onClick={() => setHours({ weekly: weekly.filter((_, i) => i !== index) })}
                >
                  Closed on {name}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="admin-button"
                onClick={() =>
                  setHours({ weekly: [...weekly, { day, opens: '08:00', closes: '17:00' }] })
                }
              >
                Open on {name}
              </button>
            )}
          </div>
        );
      })}
      <h3 className="admin-section__subtitle">Closures</h3>
      {closures.map((closure, i) => (
        <div key={i} className="admin-unit">
          <TextField
            label={`Closure ${i + 1} date`}
            path={`hours.closures.${i}.date`}
            value={closure.date}
            hint="Like 2026-12-25"
            onChange={(date) =>
              setHours({ closures: closures.map((c, j) => (j === i ? { ...c, date } : c)) })
            }
          />
          <LocalizedField
            label={`Closure ${i + 1} reason`}
            path={`hours.closures.${i}.note`}
            value={closure.note}
            onChange={(note) =>
              setHours({ closures: closures.map((c, j) => (j === i ? { ...c, note } : c)) })
            }
          />
          <button
            type="button"
            className="admin-button admin-button--danger"
            onClick={() => setHours({ closures: closures.filter((_, j) => j !== i) })}
          >
            <Trash2 aria-hidden="true" />
            Remove this closure
          </button>
        </div>
      ))}
      <button
        type="button"
        className="admin-button"
        onClick={() =>
          setHours({ closures: [...closures, { date: '', note: { en: '', es: '' } }] })
        }
      >
        <Plus aria-hidden="true" />
        Add a closure
      </button>
    </section>
  );
}
