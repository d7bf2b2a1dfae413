import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useId } from 'react';
import { useDraftIssues } from '../use-draft-issues.ts';
import '../../../styles/pickers.css';

interface PickerFieldProps {
  label: string;
  /** The value as staff read it, on the button that opens and closes the choices. */
  words: string;
  icon: ReactNode;
  /** Where the value lives in the content, for its error; none for a form not yet added. */
  path?: string;
  open: boolean;
  toggleRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLDivElement | null>;
  onToggle(): void;
  /** What the open choices are called, e.g. "First day: calendar". */
  panelLabel: string;
  onPanelKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  /** The choices, shown while the picker is open. */
  children: ReactNode;
}

/** A picker's label, its value on a button, the content's problem with it, and its choices. */
export function PickerField({
  label,
  words,
  icon,
  path,
  open,
  toggleRef,
  panelRef,
  onToggle,
  panelLabel,
  onPanelKeyDown,
  children,
}: PickerFieldProps) {
  const error = useDraftIssues().get(path ?? '');
  const id = useId();
  return (
    <div className={error ? 'picker field--invalid' : 'picker'}>
      <span className="field__label">{label}</span>
      <button
        ref={toggleRef}
        type="button"
        className="admin-button picker__value"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={`${label}: ${words}`}
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={onToggle}
      >
        {icon}
        {words}
      </button>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {open && (
        <div
          ref={panelRef}
          id={`${id}-panel`}
          className="picker__panel"
          role="group"
          aria-label={panelLabel}
          onKeyDown={onPanelKeyDown}
        >
          {children}
        </div>
      )}
    </div>
  );
}
