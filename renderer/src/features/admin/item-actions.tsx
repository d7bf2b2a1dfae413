import { ArrowDown, ArrowUp } from 'lucide-react';
import { moveItem, removeItem } from '../../lib/program-edits.ts';
import { RemoveButton } from './remove-button.tsx';

interface ItemActionsProps<T> {
  items: readonly T[];
  index: number;
  /** The item as its buttons name it, e.g. "key fact 2": "Move key fact 2 up". */
  name: string;
  /** The remove button's name for a screen reader, e.g. "Remove key fact 2". */
  removeLabel: string;
  /** The remove button's words, e.g. "Remove" or "Remove paragraph". */
  removeText: string;
  /** The list must keep one item: its last cannot be removed. */
  keepOne?: boolean;
  onChange(items: T[]): void;
}

/** Up, Down and Remove for one item of a list: each gives the list as it would be after. */
export function ItemActions<T>({
  items,
  index,
  name,
  removeLabel,
  removeText,
  keepOne,
  onChange,
}: ItemActionsProps<T>) {
  return (
    <div className="admin-item__actions">
      <button
        type="button"
        className="admin-button"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onChange(moveItem(items, index, -1))}
      >
        <ArrowUp aria-hidden="true" />
        Up
      </button>
      <button
        type="button"
        className="admin-button"
        aria-label={`Move ${name} down`}
        disabled={index === items.length - 1}
        onClick={() => onChange(moveItem(items, index, 1))}
      >
        <ArrowDown aria-hidden="true" />
        Down
      </button>
      <RemoveButton
        label={removeLabel}
        disabled={keepOne && items.length === 1}
        onClick={() => onChange(removeItem(items, index))}
      >
        {removeText}
      </RemoveButton>
    </div>
  );
}
