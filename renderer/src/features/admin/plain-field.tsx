interface PlainFieldProps {
  id: string;
  label: string;
  value: string;
  /** What to fix, once staff tried to go on; undefined while there is nothing to say. */
  error: string | undefined;
  type?: 'text' | 'password';
  autoFocus?: boolean;
  onChange(value: string): void;
}

/**
 * A field that is not part of the content (initials, a key's passphrase): typed on the staff
 * keyboard, never kept in a content field's undo history, its problem said under it.
 */
export function PlainField({
  id,
  label,
  value,
  error,
  type,
  autoFocus,
  onChange,
}: PlainFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={type}
        value={value}
        inputMode="none"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
