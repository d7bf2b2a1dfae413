import { useMemo } from 'react';
import { wordDiff } from '../../../../electron/contract/word-diff.ts';
import '../../styles/change-records.css';

/**
 * A text change word by word: removed words struck through, added ones underlined and bold,
 * each also named for a screen reader ("removed:", "added:"), so colour is never the only sign.
 */
export function WordDiffView({ from, to }: { from: string; to: string }) {
  const parts = useMemo(() => wordDiff(from, to), [from, to]);
  return (
    <p className="word-diff">
      {parts.map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'removed' ? (
          <del key={i}>
            <span className="change-mark">[removed: </span>
            {part.text}
            <span className="change-mark">]</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="change-mark">[added: </span>
            {part.text}
            <span className="change-mark">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
