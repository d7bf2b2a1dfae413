import { Plus } from 'lucide-react';
import type { LocalizedText } from '../../../../electron/contract/content-schema.ts';
import { replaceItem } from '../../lib/program-edits.ts';
import { useAgencyTextGuard } from './agency-text-confirm.tsx';
import { ItemActions } from './item-actions.tsx';
import { LocalizedField } from './text-field.tsx';

interface TextListEditorProps {
  /** What one item is called, e.g. "Key fact": items are "Key fact 1", "Key fact 2", … */
  itemLabel: string;
  /** Where the list lives in the content, e.g. "programs.2.keyFacts". */
  path: string;
  items: readonly LocalizedText[];
  onChange(items: LocalizedText[]): void;
  /** A list the content requires at least one item in (a privacy list block). */
  keepOne?: boolean;
}

/**
 * An agency list (a program's list and key facts, a privacy principle's list) in English and
 * Spanish: edit, add, remove and reorder items. Every change asks for the agency-text
 * confirmation first, like typing in the list does.
 */
export function TextListEditor({ itemLabel, path, items, onChange, keepOne }: TextListEditorProps) {
  const guard = useAgencyTextGuard();
  const reshape = (next: LocalizedText[]) => guard(path, () => onChange(next));
  return (
    <div className="admin-items">
      {items.map((item, i) => (
        <div key={i} className="admin-item">
          <LocalizedField
            label={`${itemLabel} ${i + 1}`}
            path={`${path}.${i}`}
            value={item}
            multiline
            agency
            onChange={(text) => onChange(replaceItem(items, i, text))}
          />
          <ItemActions
            items={items}
            index={i}
            name={`${itemLabel.toLowerCase()} ${i + 1}`}
            removeLabel={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
            removeText="Remove"
            keepOne={keepOne}
            onChange={reshape}
          />
        </div>
      ))}
      <button
        type="button"
        className="admin-button"
        onClick={() => reshape([...items, { en: '', es: '' }])}
      >
        <Plus aria-hidden="true" />
        Add {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}
