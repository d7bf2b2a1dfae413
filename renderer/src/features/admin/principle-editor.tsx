import { List, Pilcrow } from 'lucide-react';
import type { Block } from '../../../../electron/contract/content-schema.ts';
import { useAgencyTextGuard } from './agency-text-confirm.tsx';
import { ItemActions } from './item-actions.tsx';
import { LocalizedField } from './text-field.tsx';
import { TextListEditor } from './text-list-editor.tsx';

interface PrincipleEditorProps {
  number: number;
  /** Where the principle lives, e.g. "privacy.principles.7". */
  path: string;
  blocks: readonly Block[];
  onChange(blocks: Block[]): void;
}

const EMPTY = { en: '', es: '' };

/**
 * One privacy principle: its paragraphs and lists in English and Spanish, which staff edit,
 * add, remove and reorder. Each change is to the agency's wording and asks to confirm first.
 */
export function PrincipleEditor({ number, path, blocks, onChange }: PrincipleEditorProps) {
  const guard = useAgencyTextGuard();
  const reshape = (next: Block[]) => guard(`${path}.blocks`, () => onChange(next));
  const replace = (b: number, block: Block) =>
    onChange(blocks.map((x, i) => (i === b ? block : x)));
  return (
    <fieldset className="field-pair admin-principle">
      <legend className="field-pair__legend">Principle {number}</legend>
      {blocks.map((block, b) => {
        const where = `${path}.blocks.${b}`;
        const name = block.type === 'paragraph' ? 'paragraph' : 'list';
        return (
          <div key={b} className="admin-item">
            {block.type === 'paragraph' ? (
              <LocalizedField
                label={`Principle ${number}, part ${b + 1} (paragraph)`}
                path={`${where}.text`}
                value={block.text}
                multiline
                agency
                onChange={(text) => replace(b, { ...block, text })}
              />
            ) : (
              <TextListEditor
                itemLabel={`Principle ${number}, part ${b + 1}, item`}
                path={`${where}.items`}
                items={block.items}
                keepOne
                onChange={(items) => replace(b, { ...block, items })}
              />
            )}
            <ItemActions
              items={blocks}
              index={b}
              name={`part ${b + 1} of principle ${number}`}
              removeLabel={`Remove the ${name} in part ${b + 1} of principle ${number}`}
              removeText={`Remove ${name}`}
              keepOne
              onChange={reshape}
            />
          </div>
        );
      })}
      <div className="admin-item__actions">
        <button
          type="button"
          className="admin-button"
          onClick={() => reshape([...blocks, { type: 'paragraph', text: EMPTY }])}
        >
          <Pilcrow aria-hidden="true" />
          Add a paragraph
        </button>
        <button
          type="button"
          className="admin-button"
          onClick={() => reshape([...blocks, { type: 'list', items: [EMPTY] }])}
        >
          <List aria-hidden="true" />
          Add a list
        </button>
      </div>
    </fieldset>
  );
}
