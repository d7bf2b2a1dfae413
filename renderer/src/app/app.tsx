import { Suspense, useEffect } from 'react';
import { PinPad } from '../features/admin/pin-pad.tsx';
import { useAdminChord } from '../features/admin/use-admin-entry.ts';
import { AttractScreen } from '../features/attract/attract-screen.tsx';
import { AccessibilityPanel } from '../features/accessibility/accessibility-panel.tsx';
import { useAccessibilityEffects } from '../features/accessibility/use-accessibility-effects.ts';
import { useReadAloud } from '../features/accessibility/use-read-aloud.ts';
import { IdleWarning } from '../features/idle/idle-warning.tsx';
import { useIdleReset } from '../features/idle/use-idle-reset.ts';
import { useMinuteTick } from '../features/notices/use-minute-tick.ts';
import { HomeScreen } from '../features/home/home-screen.tsx';
import {
  selectAdminView,
  selectContent,
  selectLanguage,
  selectLoadError,
  selectScreen,
} from '../store/selectors.ts';
import type { Screen } from '../store/navigation-slice.ts';
import { useKiosk } from '../store/store-context.tsx';
import {
  AdminScreen,
  PhonesScreen,
  PrivacyScreen,
  ProgramScreen,
  SearchScreen,
} from './deferred-screens.ts';
import { LoadFailedScreen, LoadingScreen } from './status-screens.tsx';

export function App() {
  const content = useKiosk(selectContent);
  const loadError = useKiosk(selectLoadError);
  const screen = useKiosk(selectScreen);
  const language = useKiosk(selectLanguage);
  const adminView = useKiosk(selectAdminView);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useIdleReset();
  useMinuteTick();
  useAccessibilityEffects();
  useReadAloud();
  useAdminChord();

  if (!content) return loadError ? <LoadFailedScreen /> : <LoadingScreen />;
  if (adminView === 'editor') {
    return (
      <Suspense fallback={null}>
        <AdminScreen />
      </Suspense>
    );
  }
  return (
    <>
      {/* Blank for the moment a deferred screen's code is still on its way. */}
      <Suspense fallback={null}>
        <CurrentScreen
          name={screen.name}
          programId={screen.name === 'program' ? screen.programId : undefined}
        />
      </Suspense>
      <AccessibilityPanel />
      <IdleWarning />
      {adminView === 'pin' && <PinPad />}
    </>
  );
}

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
