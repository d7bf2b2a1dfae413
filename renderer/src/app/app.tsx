import { Suspense, useEffect, useLayoutEffect } from 'react';
import { AccessibilityPanel } from '../features/accessibility/accessibility-panel.tsx';
import { useAccessibilityEffects } from '../features/accessibility/use-accessibility-effects.ts';
import { useReadAloud } from '../features/accessibility/use-read-aloud.ts';
import { useVisitorKeys } from '../features/accessibility/use-visitor-keys.ts';
import { IdleWarning } from '../features/idle/idle-warning.tsx';
import { useIdleReset } from '../features/idle/use-idle-reset.ts';
import { useIdleSpeech } from '../features/idle/use-idle-speech.ts';
import { useMinuteTick } from '../features/notices/use-minute-tick.ts';
import { GuardedScreen } from '../features/screens/guarded-screen.tsx';
import { useAdminChord } from '../hooks/use-admin-entry.ts';
import { useHeartbeat } from '../hooks/use-heartbeat.ts';
import { markInteractive, settleInteractive } from '../lib/render-marks.ts';
import {
  selectAdminView,
  selectContent,
  selectLanguage,
  selectLoadError,
  selectScreen,
} from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { AdminScreen, PinPad } from './deferred-admin.ts';
import { LoadFailedScreen, LoadingScreen } from './status-screens.tsx';

export function App() {
  const content = useKiosk(selectContent);
  const loadError = useKiosk(selectLoadError);
  const screen = useKiosk(selectScreen);
  const language = useKiosk(selectLanguage);
  const adminView = useKiosk(selectAdminView);

  // A layout effect runs in the commit that attaches React to the page, hydrated or not.
  useLayoutEffect(markInteractive, []);
  // A passive effect runs after the children's (the first screen's focus among them), and what
  // waits on whenInteractive runs once this commit's effects have all run.
  useEffect(settleInteractive, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useIdleReset();
  useMinuteTick();
  useAccessibilityEffects();
  useReadAloud();
  useVisitorKeys();
  useIdleSpeech();
  useAdminChord();
  useHeartbeat();

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
        <GuardedScreen
          name={screen.name}
          programId={screen.name === 'program' ? screen.programId : undefined}
        />
      </Suspense>
      <AccessibilityPanel />
      <IdleWarning />
      {adminView === 'pin' && (
        <Suspense fallback={null}>
          <PinPad />
        </Suspense>
      )}
    </>
  );
}
