import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { formatFullDate, formatMonth, weekdayName } from '../../../lib/hours-format.ts';
import { localMoment } from '../../../lib/local-time.ts';
import { dateAfterKey, monthGrid, monthOf, shiftMonth } from '../../../lib/picker-calendar.ts';
import { PickerField } from './picker-field.tsx';
import { usePickerPopover } from './use-picker-popover.ts';

interface DatePickerProps {
  label: string;
  /** 2026-12-11, or '' for none chosen yet. */
  value: string;
  onChange(date: string): void;
  /** Where the value lives in the content, for its error; none for a form not yet added. */
  path?: string;
}

const WEEK = [0, 1, 2, 3, 4, 5, 6];

/**
 * A date chosen on a month calendar: the value shows as words on a button; tapping it opens the
 * month, a day chooses and closes it. Arrow keys move a day or a week, Enter chooses.
 */
export function DatePicker({ label, value, onChange, path }: DatePickerProps) {
  const { open, setOpen, toggleRef, panelRef, close } = usePickerPopover();
  const [month, setMonth] = useState(() => monthOf(value || localMoment(Date.now()).date));
  const [focusDate, setFocusDate] = useState<string | null>(null);

  useEffect(() => {
    if (focusDate === null) return;
    panelRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focusDate}"]`)?.focus();
  }, [focusDate, month, panelRef]);

  const show = () => {
    setMonth(monthOf(value || localMoment(Date.now()).date));
    setFocusDate(null);
    setOpen(!open);
  };
  const choose = (date: string) => {
    onChange(date);
    close();
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    if (event.key === 'Escape') {
      close();
      return;
    }
    const next = dateAfterKey(date, event.key);
    if (next === null) return;
    event.preventDefault();
    setMonth(monthOf(next));
    setFocusDate(next);
  };
  // One day of the month takes the Tab stop: the one arrowed to, the chosen one, else the first.
  const tabStop =
    [focusDate, value].find((date) => date && monthOf(date) === month) ?? `${month}-01`;
  const words = value === '' ? 'Choose a date' : formatFullDate(value, 'en');

  return (
    <PickerField
      label={label}
      words={words}
      icon={<CalendarDays aria-hidden="true" />}
      path={path}
      open={open}
      toggleRef={toggleRef}
      panelRef={panelRef}
      onToggle={show}
      panelLabel={`${label}: calendar`}
    >
      <div className="picker__month">
        <button
          type="button"
          className="admin-icon-button"
          aria-label="Previous month"
          onClick={() => setMonth(shiftMonth(month, -1))}
        >
          <ChevronLeft aria-hidden="true" />
        </button>
        <h4 className="picker__month-name" aria-live="polite">
          {formatMonth(month, 'en')}
        </h4>
        <button
          type="button"
          className="admin-icon-button"
          aria-label="Next month"
          onClick={() => setMonth(shiftMonth(month, 1))}
        >
          <ChevronRight aria-hidden="true" />
        </button>
      </div>
      <table className="picker__calendar" role="grid" aria-label={formatMonth(month, 'en')}>
        <thead>
          <tr>
            {WEEK.map((day) => (
              <th key={day} scope="col" abbr={weekdayName(day, 'en')}>
                {weekdayName(day, 'en').slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => (
                <td key={day.date}>
                  <button
                    type="button"
                    data-date={day.date}
                    className={day.inMonth ? 'picker__day' : 'picker__day picker__day--other-month'}
                    aria-label={formatFullDate(day.date, 'en')}
                    aria-pressed={day.date === value}
                    tabIndex={day.date === tabStop ? 0 : -1}
                    onKeyDown={(event) => onKey(event, day.date)}
                    onClick={() => choose(day.date)}
                  >
                    {day.day}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PickerField>
  );
}
