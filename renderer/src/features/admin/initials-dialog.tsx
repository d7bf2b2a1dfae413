import { useId, useState } from 'react';
import { Initials } from '../../../../electron/contract/editing-schema.ts';
import { AdminKeyboard } from './admin-keyboard.tsx';
import { PlainField } from './plain-field.tsx';

interface InitialsDialogProps {
  title: string;
  /** What will happen, e.g. the list of changes. */
  children?: React.ReactNode;
  confirm: string;
  /** False while something above must be settled first (the publish dialog's number check). */
  ready?: boolean;
  onConfirm(initials: string): void;
  onCancel(): void;
}

/** Asks who is doing it: publish, restore and import are signed with the editor's initials. */
export function InitialsDialog({
  title,
  children,
  confirm,
  ready = true,
  onConfirm,
  onCancel,
}: InitialsDialogProps) {
  const [initials, setInitials] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const check = Initials.safeParse(initials);
  const error = tried && !check.success ? check.error.issues[0]?.message : undefined;
  return (
    <div className="admin-backdrop">
      <div className="admin-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="admin-section__title">
          {title}
        </h2>
        {children}
        {/* The dialog opens for this one field: it takes the focus so the keyboard types there. */}
        <PlainField
          id={id}
          label="Your initials"
          value={initials}
          error={error}
          autoFocus
          onChange={setInitials}
        />
        <div className="admin-dialog__actions">
          <button type="button" className="admin-button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            disabled={!ready}
            onClick={() => {
              setTried(true);
              if (check.success) onConfirm(check.data);
            }}
          >
            {confirm}
          </button>
        </div>
        <AdminKeyboard />
      </div>
    </div>
  );
}
