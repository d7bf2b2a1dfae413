import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectCurrentProgram } from '../../store/selectors.ts';
import { ProgramAbout } from './program-about.tsx';
import { ProgramContacts } from './program-contacts.tsx';
import { ProgramFacts } from './program-facts.tsx';

export function ProgramScreen() {
  const program = useLoaded(selectCurrentProgram);
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <ScreenLayout className="program">
      <h1 className="page-title program__title" ref={heading} tabIndex={-1}>
        {t(program.title)}
      </h1>
      <ProgramContacts program={program} />
      <ProgramAbout program={program} />
      <ProgramFacts program={program} />
    </ScreenLayout>
  );
}
