import {
  ArrowBigUp,
  ArrowLeft,
  ArrowLeftToLine,
  ArrowRight,
  ArrowRightToLine,
  CornerDownLeft,
  Delete,
  Eraser,
  Redo2,
  Space,
  TextCursor,
  Undo2,
} from 'lucide-react';
import { useEffect, useLayoutEffect, useState, type PointerEvent, type ReactNode } from 'react';
import { adminKeyRows } from '../../lib/admin-keys.ts';
import {
  caretToEdge,
  deleteBack,
  insertText,
  isTextField,
  moveCaret,
  replaceValue,
  selectWord,
} from '../../lib/insert-text.ts';
import { stepHistory } from './field-histories.ts';

/** Keeps the focus (and the caret) in the field being typed into. */
const keepFocus = (event: PointerEvent) => event.preventDefault();

type Field = HTMLInputElement | HTMLTextAreaElement;

function withField(act: (field: Field) => void): void {
  const field = document.activeElement;
  if (isTextField(field)) act(field);
}

/**
 * What stays in sight with the field being typed in: its hint and its problem (what to fix is no
 * use behind the keys), or a wider block marked `data-keep-in-view` (an offer the typing brings
 * up, such as the closure an announcement about closing suggests).
 */
const surroundings = (field: Field): Element =>
  field.closest('[data-keep-in-view]') ?? field.closest('.field') ?? field;

/**
 * The field being typed in stays above the keyboard, scrolled into view within admin's page with
 * its surroundings; the field itself wins where all of them do not fit.
 */
function showField(): void {
  withField((field) => {
    surroundings(field).scrollIntoView({ block: 'nearest' });
    field.scrollIntoView({ block: 'nearest' });
  });
}

function Key({
  label,
  children,
  wide,
  space,
  pressed,
  onPress,
}: {
  label?: string;
  children: ReactNode;
  wide?: boolean;
  space?: boolean;
  pressed?: boolean;
  onPress(): void;
}) {
  const classes = [
    'admin-key',
    wide ? 'admin-key--wide' : '',
    space ? 'admin-key--space' : '',
    pressed ? 'admin-key--on' : '',
  ];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      aria-label={label}
      aria-pressed={pressed}
      onPointerDown={keepFocus}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/**
 * The staff's full keyboard, docked at the foot of admin: a row of editing keys (caret, select
 * word, clear, undo and redo per field), then letters, digits, punctuation and the Spanish
 * letters, each key a button named by what it does. A plugged-in keyboard works too.
 */
export function AdminKeyboard() {
  const [shift, setShift] = useState(false);
  const type = (text: string) => {
    withField((field) => insertText(field, text));
    setShift(false);
  };

  // Admin's page shrinks to make room for the keyboard: the field keeps in sight then, and on
  // every focus and every change (a growing box would push its end under the keys).
  useLayoutEffect(showField, []);
  useEffect(() => {
    // A problem that comes up under the field, or a box that grows a line, comes after the input
    // event that caused it: the field's surroundings are watched for it.
    const grows = new ResizeObserver(showField);
    const follow = () => {
      grows.disconnect();
      withField((field) => grows.observe(surroundings(field)));
      showField();
    };
    follow();
    document.addEventListener('focusin', follow);
    document.addEventListener('input', showField);
    return () => {
      grows.disconnect();
      document.removeEventListener('focusin', follow);
      document.removeEventListener('input', showField);
    };
  }, []);

  return (
    <div className="admin-keyboard" role="group" aria-label="Keyboard">
      <div className="admin-keyboard__row admin-keyboard__row--edit">
        <Key label="Start of field" onPress={() => withField((f) => caretToEdge(f, 'start'))}>
          <ArrowLeftToLine aria-hidden="true" />
        </Key>
        <Key label="Left" onPress={() => withField((f) => moveCaret(f, -1))}>
          <ArrowLeft aria-hidden="true" />
        </Key>
        <Key label="Right" onPress={() => withField((f) => moveCaret(f, 1))}>
          <ArrowRight aria-hidden="true" />
        </Key>
        <Key label="End of field" onPress={() => withField((f) => caretToEdge(f, 'end'))}>
          <ArrowRightToLine aria-hidden="true" />
        </Key>
        <Key wide onPress={() => withField(selectWord)}>
          <TextCursor aria-hidden="true" />
          Select word
        </Key>
        <Key wide onPress={() => withField((f) => replaceValue(f, ''))}>
          <Eraser aria-hidden="true" />
          Clear field
        </Key>
        <Key wide onPress={() => withField((f) => stepHistory(f, 'undo'))}>
          <Undo2 aria-hidden="true" />
          Undo
        </Key>
        <Key wide onPress={() => withField((f) => stepHistory(f, 'redo'))}>
          <Redo2 aria-hidden="true" />
          Redo
        </Key>
      </div>
      {adminKeyRows(shift).map((row) => (
        <div key={row.join('')} className="admin-keyboard__row">
          {row.map((key) => (
            <Key key={key} onPress={() => type(key)}>
              {key}
            </Key>
          ))}
        </div>
      ))}
      <div className="admin-keyboard__row">
        <Key wide pressed={shift} onPress={() => setShift(!shift)}>
          <ArrowBigUp aria-hidden="true" />
          Shift
        </Key>
        <Key space onPress={() => type(' ')}>
          <Space aria-hidden="true" />
          Space
        </Key>
        <Key
          wide
          label="New line"
          onPress={() => {
            if (document.activeElement instanceof HTMLTextAreaElement) type('\n');
          }}
        >
          <CornerDownLeft aria-hidden="true" />
        </Key>
        <Key wide label="Delete" onPress={() => withField(deleteBack)}>
          <Delete aria-hidden="true" />
        </Key>
      </div>
    </div>
  );
}
