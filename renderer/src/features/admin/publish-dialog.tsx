import { Check, PencilLine } from 'lucide-react';
import { useMemo, useState } from 'react';
import { numberProblemsHere } from '../../../../electron/contract/local-numbers.ts';
import type { NumberProblem } from '../../../../electron/contract/phone-mentions.ts';
import {
  selectCentralParts,
  selectDraft,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { selectContent } from '../../store/selectors.ts';
import { ChangeList } from './change-list.tsx';
import { InitialsDialog } from './initials-dialog.tsx';
import { NumberInSentence } from './number-in-sentence.tsx';
import { useGoToField } from './use-go-to-field.ts';
import '../../styles/change-records.css';

const WHY: Record<NumberProblem['why'], string> = {
  old: 'is an old number: no unit has it any more.',
  unknown: 'is not the number of any unit.',
};

/**
 * Publishing: what will change, and every phone number in a text that is a unit's old number
 * or no unit's at all. Staff fix each (it opens the field) or keep it; only then can they sign.
 */
export function PublishDialog({
  onCancel,
  onConfirm,
}: {
  onCancel(): void;
  onConfirm(initials: string): void;
}) {
  const draft = useAdmin(selectDraft);
  const working = useAdmin(selectWorking);
  const published = useAdmin(selectContent);
  const goTo = useGoToField();
  const central = useAdmin(selectCentralParts);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const problems = useMemo(
    () => (published && working ? numberProblemsHere(published, working, central) : []),
    [published, working, central],
  );
  const open = problems.filter((p) => !kept.has(p.id));
  return (
    <InitialsDialog
      title="Publish these changes?"
      confirm="Publish"
      ready={open.length === 0}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <ChangeList records={draft?.records ?? []} label="Changes to publish" />
      {open.length > 0 && (
        <section className="number-check" aria-labelledby="number-check-title">
          <h3 id="number-check-title" className="admin-section__subtitle">
            Check {open.length === 1 ? 'this phone number' : `these ${open.length} phone numbers`}{' '}
            before publishing
          </h3>
          <ul className="number-check__list">
            {open.map((problem) => (
              <li key={problem.id} className="number-check__item">
                <span className="number-check__where">{problem.where}</span>
                <NumberInSentence mention={problem} className="number-check" />
                <span>
                  {problem.found} {WHY[problem.why]}
                </span>
                <div className="number-check__actions">
                  <button
                    type="button"
                    className="admin-button"
                    aria-label={`Fix ${problem.found} in ${problem.where}`}
                    onClick={() => {
                      onCancel();
                      goTo(problem.path);
                    }}
                  >
                    <PencilLine aria-hidden="true" />
                    Fix
                  </button>
                  <button
                    type="button"
                    className="admin-button"
                    aria-label={`Keep ${problem.found} in ${problem.where}`}
                    onClick={() => setKept(new Set([...kept, problem.id]))}
                  >
                    <Check aria-hidden="true" />
                    Keep this one
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </InitialsDialog>
  );
}
