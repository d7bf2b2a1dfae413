import { useEffect, useState } from 'react';
import { isTextField } from '../../lib/insert-text.ts';

/** A dialog (initials) brings its own keyboard: the editor's is not wanted behind it. */
const typingInEditor = (element: Element | null): boolean =>
  isTextField(element) && element.closest('[role="dialog"]') === null;

/**
 * Whether a text field has the focus: the staff keyboard shows only then, and leaves room
 * otherwise. A finger that leaves a field for a button takes the focus as it lands; hiding the
 * keyboard then would move the page under the finger and the tap would miss. So while a pointer
 * is down the keyboard stays, and goes once it is lifted (where the tap landed is settled then).
 */
export function useTyping(): boolean {
  const [typing, setTyping] = useState(() => typingInEditor(document.activeElement));
  useEffect(() => {
    let pressing = false;
    // focusout fires before the next element takes the focus: read it once that has happened.
    const update = () =>
      queueMicrotask(() => {
        const now = typingInEditor(document.activeElement);
        if (now || !pressing) setTyping(now);
      });
    const press = () => {
      pressing = true;
    };
    const lift = () => {
      pressing = false;
      update();
    };
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', lift, true);
    document.addEventListener('pointercancel', lift, true);
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      document.removeEventListener('pointerdown', press, true);
      document.removeEventListener('pointerup', lift, true);
      document.removeEventListener('pointercancel', lift, true);
    };
  }, []);
  return typing;
}
