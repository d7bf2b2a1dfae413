import { Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';

interface RemoveButtonProps {
  /** What a screen reader says where the words on the button need their place. */
  label?: string;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** Takes something out of the draft: looks dangerous, so it is not tapped for another button. */
export function RemoveButton({ label, disabled, onClick, children }: RemoveButtonProps) {
  return (
    <button
      type="button"
      className="admin-button admin-button--danger"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Trash2 aria-hidden="true" />
      {children}
    </button>
  );
}
