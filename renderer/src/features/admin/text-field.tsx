import { useId } from 'react';
import { useDraftIssues } from './use-draft-issues.ts';

interface TextFieldProps {
  label: string;
  /** Where the value lives in the content, e.g. "programs.0.units.1.phone": its error shows here. */
  path: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: string;
  lang?: 'en' | 'es';
}

/**
 * A labelled field whose schema error shows beside it and is announced (aria-invalid and a
 * described-by message). The staff keyboard types into whichever field has focus.
 */
export function TextField({ label, path, value, onChange, multiline, hint, lang }: TextFieldProps) {
  const error = useDraftIssues().get(path);
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    lang,
    className: 'field__input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    // The staff keyboard is on screen; a system one would cover it.
    inputMode: 'none' as const,
    autoComplete: 'off',
    spellCheck: false,
  };
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
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
}

/** English and Spanish side by side; an empty Spanish text is listed as missing, not an error. */
export function LocalizedField({ label, path, value, onChange, multiline }: LocalizedFieldProps) {
  return (
    <fieldset className="field-pair">
      <legend className="field-pair__legend">{label}</legend>
      <TextField
        label="English"
        lang="en"
        path={`${path}.en`}
        value={value.en}
        multiline={multiline}
        onChange={(en) => onChange({ ...value, en })}
      />
      <TextField
        label="Español"
        lang="es"
        path={`${path}.es`}
        value={value.es}
        multiline={multiline}
        onChange={(es) => onChange({ ...value, es })}
      />
    </fieldset>
  );
}
