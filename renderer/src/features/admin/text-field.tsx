import { useId } from 'react';
import {
  selectBeginFieldSession,
  selectFieldProblem,
  selectGuardAgencyText,
  selectTouchField,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { isReplaying, noteChange } from './field-histories.ts';

interface TextFieldProps {
  label: string;
  /** Where the value lives in the content, e.g. "programs.0.units.1.phone": its error shows here. */
  path: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: string;
  lang?: 'en' | 'es';
  /** The agency's published wording: a change asks staff to confirm it first. */
  agency?: boolean;
}

/**
 * A labelled field whose schema error shows beside it, once staff touched it or tried to
 * publish, and is announced (aria-invalid and a described-by message). The staff keyboard
 * types into whichever field has focus, and keeps each field's undo history by its path.
 */
export function TextField({
  label,
  path,
  value,
  onChange,
  multiline,
  hint,
  lang,
  agency,
}: TextFieldProps) {
  const error = useAdmin(selectFieldProblem(path));
  const touch = useAdmin(selectTouchField);
  const guard = useAdmin(selectGuardAgencyText);
  const beginSession = useAdmin(selectBeginFieldSession);
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const change = (next: string) => {
    const recorded = !isReplaying();
    const apply = () => {
      if (recorded) noteChange(path, value);
      touch(path);
      onChange(next);
    };
    if (agency) guard(path, apply);
    else apply();
  };
  const common = {
    id,
    value,
    lang,
    className: multiline ? 'field__input field__input--grows' : 'field__input',
    'data-path': path,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    // The staff keyboard is on screen; a system one would cover it.
    inputMode: 'none' as const,
    autoComplete: 'off',
    spellCheck: false,
    onFocus: () => beginSession(path),
    onBlur: () => touch(path),
  };
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface LocalizedFieldProps {
  label: string;
  path: string;
  value: { en: string; es: string };
  onChange(value: { en: string; es: string }): void;
  multiline?: boolean;
  agency?: boolean;
}

/** English and Spanish side by side; an empty Spanish text is listed as missing, not an error. */
export function LocalizedField({
  label,
  path,
  value,
  onChange,
  multiline,
  agency,
}: LocalizedFieldProps) {
  return (
    <fieldset className="field-pair">
      <legend className="field-pair__legend">{label}</legend>
      <TextField
        label="English"
        lang="en"
        path={`${path}.en`}
        value={value.en}
        multiline={multiline}
        agency={agency}
        onChange={(en) => onChange({ ...value, en })}
      />
      <TextField
        label="Español"
        lang="es"
        path={`${path}.es`}
        value={value.es}
        multiline={multiline}
        agency={agency}
        onChange={(es) => onChange({ ...value, es })}
      />
    </fieldset>
  );
}
