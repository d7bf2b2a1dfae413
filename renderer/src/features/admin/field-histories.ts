import { EMPTY_HISTORY, record, redo, undo, type FieldHistory } from '../../lib/field-history.ts';
import { replaceValue } from '../../lib/insert-text.ts';

/**
 * Undo and Redo per field, by the field's content path: the history outlives the field's
 * element (a section closed and opened again keeps it) and ends with the admin session.
 */
const histories = new Map<string, FieldHistory>();
let replaying = false;

/** Whether the change now being made is an Undo or Redo, which must not be recorded. */
export const isReplaying = (): boolean => replaying;

export function noteChange(path: string, before: string): void {
  histories.set(path, record(histories.get(path) ?? EMPTY_HISTORY, before));
}

/** Undo or Redo in `field`, through its input event like a typed key; false if nothing to do. */
export function stepHistory(
  field: HTMLInputElement | HTMLTextAreaElement,
  direction: 'undo' | 'redo',
): boolean {
  const path = field.dataset.path;
  if (!path) return false;
  const step = (direction === 'undo' ? undo : redo)(
    histories.get(path) ?? EMPTY_HISTORY,
    field.value,
  );
  if (!step) return false;
  histories.set(path, step.history);
  replaying = true;
  try {
    replaceValue(field, step.value);
  } finally {
    replaying = false;
  }
  return true;
}

export function forgetHistories(): void {
  histories.clear();
}
