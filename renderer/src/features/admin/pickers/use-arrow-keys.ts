import type { KeyboardEvent } from 'react';
import { indexAfterKey } from '../../../lib/picker-keys.ts';

/** Arrow keys move the focus among a group's buttons, `columns` to a row; Enter presses one. */
export function arrowKeys(columns: number) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = indexAfterKey(index, event.key, buttons.length, columns);
    if (next === null) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
}
