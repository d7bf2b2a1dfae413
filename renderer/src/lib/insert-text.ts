type Field = HTMLInputElement | HTMLTextAreaElement;

export const isTextField = (element: Element | null): element is Field =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement && ['text', 'url', 'tel', 'search'].includes(element.type));

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

function setValue(field: Field, value: string, caret: number): void {
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.setSelectionRange(caret, caret);
}
