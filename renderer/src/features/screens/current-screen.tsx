import type { Screen } from '../../store/navigation-slice.ts';
import { AttractScreen } from '../attract/attract-screen.tsx';
import { HomeScreen } from '../home/home-screen.tsx';
import { PhonesScreen, PrivacyScreen, ProgramScreen, SearchScreen } from './deferred-screens.ts';

/** The visitor screen by its name: the kiosk's own, and admin's preview of the draft. */
export function CurrentScreen({
  name,
  programId,
}: {
  name: Screen['name'];
  programId: string | undefined;
}) {
  switch (name) {
    case 'attract':
      return <AttractScreen />;
    case 'home':
      return <HomeScreen />;
    case 'program':
      // Keyed so that another program starts at its top, with focus on its heading.
      return <ProgramScreen key={programId} />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'search':
      return <SearchScreen />;
    case 'phones':
      return <PhonesScreen />;
  }
}
