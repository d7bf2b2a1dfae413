import { useState } from 'react';
import type { ClosureKind } from '../../../../electron/contract/content-schema.ts';
import { closureFormProblem, withKind, withStartDate } from '../../lib/closure-form.ts';
import {
  selectChangeWorking,
  selectCloseClosure,
  selectClosureRequest,
  selectUpdateClosure,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { DatePicker } from './pickers/date-picker.tsx';
import { TimePicker } from './pickers/time-picker.tsx';
import { LocalizedField } from './text-field.tsx';

const KINDS: ReadonlyArray<{ kind: ClosureKind; label: string }> = [
  { kind: 'closed', label: 'Closed all day' },
  { kind: 'closes-early', label: 'Closes early' },
  { kind: 'opens-late', label: 'Opens late' },
];

/**
 * A closure being added or changed: its kind, its days and time with pickers, and a note.
 * It reaches the draft only on "Add this closure" (or "Save"), never before.
 */
export function ClosureForm() {
  const request = useAdmin(selectClosureRequest);
  const update = useAdmin(selectUpdateClosure);
  const close = useAdmin(selectCloseClosure);
  const change = useAdmin(selectChangeWorking);
  const [problem, setProblem] = useState<string | null>(null);
  if (!request) return null;
  const { closure, index } = request;
  const save = () => {
    const found = closureFormProblem(closure);
    setProblem(found);
    if (found) return;
    // A copy: the working copy is frozen once stored, and the form's object must stay its own.
    const added = structuredClone(closure);
    change((c) => {
      if (index === null) c.hours.closures.push(added);
      else c.hours.closures[index] = added;
    });
    close();
  };

  return (
    <div className="admin-unit" role="group" aria-labelledby="closure-form-title">
      <h4 id="closure-form-title" className="admin-section__subtitle picker__title">
        {index === null ? 'New closure' : `Change closure ${index + 1}`}
      </h4>
      <div className="picker-row" role="group" aria-label="Kind of closure">
        {KINDS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            className="admin-button"
            aria-pressed={closure.kind === kind}
            onClick={() => update(withKind(closure, kind))}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="picker-row">
        <DatePicker
          label="First day"
          value={closure.startDate}
          onChange={(date) => update(withStartDate(closure, date))}
        />
        <DatePicker
          label="Last day"
          value={closure.endDate}
          onChange={(endDate) => update({ ...closure, endDate })}
        />
        {closure.kind !== 'closed' && (
          <TimePicker
            label={closure.kind === 'closes-early' ? 'Closes at' : 'Opens at'}
            value={closure.time}
            onChange={(time) => update({ ...closure, time })}
          />
        )}
      </div>
      <LocalizedField
        label="Note for visitors (may be empty)"
        path="closure-form.note"
        value={closure.note}
        onChange={(note) => update({ ...closure, note })}
      />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="picker-row">
        <button type="button" className="admin-button admin-button--primary" onClick={save}>
          {index === null ? 'Add this closure' : 'Save this closure'}
        </button>
        <button
          type="button"
          className="admin-button"
          onClick={() => {
            setProblem(null);
            close();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
