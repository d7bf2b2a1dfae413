import { ArrowBigUp, CornerDownLeft, Delete, Space } from 'lucide-react';
import { useState, type PointerEvent } from 'react';
import { adminKeyRows } from '../../lib/admin-keys.ts';
import { deleteBack, insertText, isTextField } from '../../lib/insert-text.ts';

/** Keeps the focus (and the caret) in the field being typed into. */
const keepFocus = (event: PointerEvent) => event.preventDefault();

function typeInto(text: string): void {
  const field = document.activeElement;
  if (isTextField(field)) insertText(field, text);
}

/**
 * The staff's full keyboard, docked at the foot of admin: letters, digits, punctuation and the
 * Spanish letters, each key a button named by what it types. A plugged-in keyboard works too.
 */
export function AdminKeyboard() {
  const [shift, setShift] = useState(false);
  const type = (text: string) => {
    typeInto(text);
    setShift(false);
  };
  return (
    <div className="admin-keyboard" role="group" aria-label="Keyboard">
      {adminKeyRows(shift).map((row) => (
        <div key={row.join('')} className="admin-keyboard__row">
          {row.map((key) => (
            <button
              key={key}
              type="button"
              className="admin-key"
              onPointerDown={keepFocus}
              onClick={() => type(key)}
            >
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="admin-keyboard__row">
        <button
          type="button"
          className={
            shift ? 'admin-key admin-key--wide admin-key--on' : 'admin-key admin-key--wide'
          }
          aria-pressed={shift}
          onPointerDown={keepFocus}
          onClick={() => setShift(!shift)}
        >
          <ArrowBigUp aria-hidden="true" />
          Shift
        </button>
        <button
          type="button"
          className="admin-key admin-key--space"
          onPointerDown={keepFocus}
          onClick={() => type(' ')}
        >
          <Space aria-hidden="true" />
          Space
        </button>
        <button
          type="button"
          className="admin-key admin-key--wide"
          aria-label="New line"
          onPointerDown={keepFocus}
          onClick={() => {
            if (document.activeElement instanceof HTMLTextAreaElement) type('\n');
          }}
        >
          <CornerDownLeft aria-hidden="true" />
        </button>
        <button
          type="button"
          className="admin-key admin-key--wide"
          aria-label="Delete"
          onPointerDown={keepFocus}
          onClick={() => {
            const field = document.activeElement;
            if (isTextField(field)) deleteBack(field);
          }}
        >
          <Delete aria-hidden="true" />
        </button>
      </div>
    </div>
  );
}
