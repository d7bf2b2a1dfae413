import { useEffect, useState } from 'react';
import { isTextField } from '../../lib/insert-text.ts';

/** A dialog (initials) brings its own keyboard: the editor's is not wanted behind it. */
const typingInEditor = (element: Element | null): boolean =>
  isTextField(element) && element.closest('[role="dialog"]') === null;

/** Whether a text field has the focus: the staff keyboard shows only then, and leaves room otherwise. */
export function useTyping(): boolean {
  const [typing, setTyping] = useState(() => typingInEditor(document.activeElement));
  useEffect(() => {
    // focusout fires before the next element takes the focus: read it once that has happened.
    const update = () => queueMicrotask(() => setTyping(typingInEditor(document.activeElement)));
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
    };
  }, []);
  return typing;
}
