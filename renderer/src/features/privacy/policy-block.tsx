import type { Block } from '../../../../electron/contract/content-schema.ts';
import { RunningText } from '../../components/running-text.tsx';
import { useLocalize } from '../../hooks/use-localize.ts';

export function PolicyBlock({ block }: { block: Block }) {
  const t = useLocalize();
  if (block.type === 'paragraph')
    return (
      <p className="prose">
        <RunningText text={t(block.text)} />
      </p>
    );
  return (
    <ul className="policy__items">
      {block.items.map((item, index) => (
        <li key={index}>
          <RunningText text={t(item)} />
        </li>
      ))}
    </ul>
  );
}
