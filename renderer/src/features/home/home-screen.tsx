import { useId } from 'react';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useWordmarkPress } from '../../hooks/use-admin-entry.ts';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useLoaded } from '../../hooks/use-loaded.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { selectBureau, selectPrograms } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { AnnouncementList } from '../notices/announcement-list.tsx';
import { OfficeStatus } from '../notices/office-status.tsx';
import { AllPhonesButton } from './all-phones-button.tsx';
import { ProgramTile } from './program-tile.tsx';

export function HomeScreen() {
  const bureau = useLoaded(selectBureau);
  const programs = useKiosk(selectPrograms);
  const t = useLocalize();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();
  const press = useWordmarkPress();

  const hero = (
    <header className="home__hero">
      {/* A 3-second press opens staff sign-in. */}
      <p className="home__badge" {...press}>
        {bureau.abbreviation}
      </p>
      <h1 className="home__title" ref={heading} tabIndex={-1}>
        {t(bureau.name)}
      </h1>
      <p className="home__subtitle">{t(bureau.pageTitle)}</p>
      <OfficeStatus className="home__status" />
      {/* With the office's status, and in reach mode above the reach line with it. */}
      <AnnouncementList className="home__announcements" />
    </header>
  );

  return (
    <ScreenLayout hero={hero} className="home">
      <section className="home__programs" aria-labelledby={headingId}>
        <h2 id={headingId} className="section-title">
          {t(bureau.programsHeading)}
        </h2>
        <ul className="tiles">
          {programs.map((program) => (
            <li key={program.id} className="tiles__item">
              <ProgramTile program={program} />
            </li>
          ))}
        </ul>
        <AllPhonesButton />
      </section>
    </ScreenLayout>
  );
}
