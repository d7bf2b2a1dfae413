import { Clock } from 'lucide-react';
import { formatClock } from '../../../lib/hours-format.ts';
import { HOURS_12, MINUTE_STEPS, partsOf, withPart } from '../../../lib/picker-time.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { PickerField } from './picker-field.tsx';
import { usePickerPopover } from './use-picker-popover.ts';

interface TimePickerProps {
  label: string;
  /** 13:30: the stored form; staff see 1:30 PM. */
  value: string;
  onChange(time: string): void;
  path?: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A time of day chosen as visitors read it: an hour, minutes in five-minute steps and AM or PM,
 * each a tap. The value shows as words on a button that opens and closes the choices.
 */
export function TimePicker({ label, value, onChange, path }: TimePickerProps) {
  const { open, setOpen, toggleRef, panelRef, close } = usePickerPopover();
  const parts = partsOf(value);
  const words = formatClock(value, 'en');

  return (
    <PickerField
      label={label}
      words={words}
      icon={<Clock aria-hidden="true" />}
      path={path}
      open={open}
      toggleRef={toggleRef}
      panelRef={panelRef}
      onToggle={() => setOpen(!open)}
      panelLabel={`${label}: ${words}`}
      onPanelKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <ChoiceGroup
        label="Hour"
        columns={6}
        choices={HOURS_12.map((hour) => ({
          text: String(hour),
          label: `${hour} o’clock`,
          pressed: parts.hour === hour,
          choose: () => onChange(withPart(value, { hour })),
        }))}
      />
      <ChoiceGroup
        label="Minutes"
        columns={6}
        choices={MINUTE_STEPS.map((minute) => ({
          text: `:${two(minute)}`,
          label: `${two(minute)} minutes`,
          pressed: parts.minute === minute,
          choose: () => onChange(withPart(value, { minute })),
        }))}
      />
      <ChoiceGroup
        label="Morning or afternoon"
        columns={2}
        choices={(['AM', 'PM'] as const).map((half) => ({
          text: half,
          pressed: parts.pm === (half === 'PM'),
          choose: () => onChange(withPart(value, { pm: half === 'PM' })),
        }))}
      />
      <button type="button" className="admin-button admin-button--primary" onClick={close}>
        Done: {words}
      </button>
    </PickerField>
  );
}
