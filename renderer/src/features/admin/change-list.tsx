import { useState } from 'react';
import { changeSentence, type ChangeRecord } from '../../../../electron/contract/change-records.ts';
import { WordDiffView } from './word-diff-view.tsx';
import '../../styles/change-records.css';

/** More than this many changes fold behind "Show all", so one long publish does not bury the rest. */
const FOLDED = 8;

interface ChangeListProps {
  /** The typed records; absent for a revision written before records existed. */
  records?: readonly ChangeRecord[] | undefined;
  /** What such a revision says instead, line by line. */
  sentences?: readonly string[];
  label: string;
}

/** What changed, each text change word by word; a long list folds until staff ask for all. */
export function ChangeList({ records, sentences = [], label }: ChangeListProps) {
  const [all, setAll] = useState(false);
  const count = records?.length ?? sentences.length;
  const shown = all ? count : Math.min(count, FOLDED);
  return (
    <>
      <ul className="change-list" aria-label={label}>
        {records
          ? records.slice(0, shown).map((record, i) => (
              <li key={i}>
                {changeSentence(record)}
                {record.text && <WordDiffView from={record.from} to={record.to} />}
              </li>
            ))
          : sentences.slice(0, shown).map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      {shown < count && (
        <button type="button" className="admin-button" onClick={() => setAll(true)}>
          Show all {count} changes
        </button>
      )}
    </>
  );
}
