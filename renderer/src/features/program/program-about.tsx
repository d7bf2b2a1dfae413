import { useId } from 'react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { RunningText } from '../../components/running-text.tsx';
import { TranslationNote } from '../../components/translation-note.tsx';
import { useLocalize } from '../../hooks/use-localize.ts';
import { aboutHeading } from '../../lib/about-heading.ts';
import { selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/**
 * The agency's own description, word for word, then the names it lists as a plain list: a
 * rounded "pill" would look like something to press, and these names do nothing.
 */
export function ProgramAbout({ program }: { program: Program }) {
  const t = useLocalize();
  const ui = useKiosk(selectUiText);
  const headingId = useId();
  const listTitle = t(program.listTitle);
  return (
    <section className="program__about" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {aboutHeading(t(program.title), t(program.heading), ui.aboutProgram)}
      </h2>
      <TranslationNote />
      {program.description.map((paragraph, index) => (
        <p key={index} className="prose">
          <RunningText text={t(paragraph)} />
        </p>
      ))}
      {program.list.length > 0 && (
        <>
          {listTitle !== '' && <h3 className="section-title">{listTitle}</h3>}
          <ul className="name-list">
            {program.list.map((item, index) => (
              <li key={index} className="name-list__item">
                <RunningText text={t(item)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
