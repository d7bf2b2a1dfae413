import { CircleCheck } from 'lucide-react';
import { useId } from 'react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { RunningText } from '../../components/running-text.tsx';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** Sentences of the description worth reading on their own, set apart from the paragraphs. */
export function ProgramFacts({ program }: { program: Program }) {
  const t = useLocalize();
  const ui = useKiosk(selectUiText);
  const headingId = useId();
  if (program.keyFacts.length === 0) return null;
  return (
    <section className="program__facts facts" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {ui.keyFacts}
      </h2>
      <ul className="facts__list">
        {program.keyFacts.map((fact, index) => (
          <li key={index} className="facts__item">
            <CircleCheck aria-hidden="true" className="facts__icon" />
            <span>
              <RunningText text={t(fact)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
