type Field = HTMLInputElement | HTMLTextAreaElement;

// A password field too: the publishing PC's passphrase can be typed on the staff keyboard.
export const isTextField = (element: Element | null): element is Field =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement &&
    ['text', 'url', 'tel', 'search', 'password'].includes(element.type));

/**
 * Types into a field as a key press would: at the caret, replacing a selection, and through
 * the input event React listens for. The value is set with the element's own setter, because
 * React tracks values set through the property and would not see the change.
 */
export function insertText(field: Field, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  setValue(field, field.value.slice(0, start) + text + field.value.slice(end), start + text.length);
}

/** Deletes the selection, or the character before the caret. */
export function deleteBack(field: Field): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const from = start === end ? Math.max(0, start - 1) : start;
  setValue(field, field.value.slice(0, from) + field.value.slice(end), from);
}

/** Replaces the whole value (Clear field, Undo, Redo), caret at the end. */
export function replaceValue(field: Field, value: string): void {
  setValue(field, value, value.length);
}

/** ← and →: one character, or to the edge of a selection, as a keyboard's arrows do. */
export function moveCaret(field: Field, by: -1 | 1): void {
  const start = field.selectionStart ?? 0;
  const end = field.selectionEnd ?? start;
  const at =
    start !== end ? (by < 0 ? start : end) : Math.min(field.value.length, Math.max(0, start + by));
  field.setSelectionRange(at, at);
}

/** Start and End: to the start or the end of the field. */
export function caretToEdge(field: Field, edge: 'start' | 'end'): void {
  const at = edge === 'start' ? 0 : field.value.length;
  field.setSelectionRange(at, at);
}

/** Selects the word at the caret, so the next key replaces it. */
export function selectWord(field: Field): void {
  const [start, end] = wordBounds(field.value, field.selectionStart ?? 0);
  field.setSelectionRange(start, end);
}

/**
 * The word at `at`: letters, digits and the marks inside a number or an address ("227-4840",
 * "(916)", "post.ca.gov"), so one tap selects a whole phone-number part; the punctuation that
 * ends a sentence is not part of it. At a space, the word before it.
 */
export function wordBounds(text: string, at: number): [number, number] {
  const inWord = (i: number) => i >= 0 && i < text.length && !/\s/.test(text[i]!);
  let start = Math.min(Math.max(0, at), text.length);
  if (!inWord(start) && inWord(start - 1)) start -= 1;
  if (!inWord(start)) return [at, at];
  let end = start;
  while (inWord(start - 1)) start -= 1;
  while (inWord(end)) end += 1;
  while (end - start > 1 && /[.,;:!?]/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

function setValue(field: Field, value: string, caret: number): void {
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.setSelectionRange(caret, caret);
}
