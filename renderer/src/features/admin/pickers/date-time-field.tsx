import { X } from 'lucide-react';
import { joinStamp, splitStamp } from '../../../lib/picker-time.ts';
import { DatePicker } from './date-picker.tsx';
import { TimePicker } from './time-picker.tsx';

interface DateTimeFieldProps {
  label: string;
  /** 2026-12-11T08:00, or '' for no limit. */
  value: string;
  onChange(stamp: string): void;
  path: string;
  /** The time a newly chosen day starts with. */
  defaultTime: string;
}

/** A day and a time on the lobby's clock, or no limit; chosen with the pickers, never typed. */
export function DateTimeField({ label, value, onChange, path, defaultTime }: DateTimeFieldProps) {
  const [date, time] = splitStamp(value);
  return (
    <div className="picker-row" role="group" aria-label={label}>
      <DatePicker
        label={`${label}: day`}
        path={path}
        value={date}
        onChange={(day) => onChange(joinStamp(day, time || defaultTime))}
      />
      {date !== '' && (
        <>
          <TimePicker
            label={`${label}: time`}
            value={time}
            onChange={(next) => onChange(joinStamp(date, next))}
          />
          <button type="button" className="admin-button" onClick={() => onChange('')}>
            <X aria-hidden="true" />
            No limit
          </button>
        </>
      )}
    </div>
  );
}
