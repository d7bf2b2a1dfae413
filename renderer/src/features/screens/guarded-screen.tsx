import { StaticDirectory } from '../../components/static-directory.tsx';
import { selectScreenFailed } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { HomeScreen } from '../home/home-screen.tsx';
import { CurrentScreen } from './current-screen.tsx';
import { ScreenBoundary } from './screen-boundary.tsx';

/**
 * The visitor screen, guarded: a screen that throws gives way to home (the rest of the kiosk
 * keeps working), and a home that throws to a plain list of programs and numbers.
 */
export function GuardedScreen({
  name,
  programId,
}: {
  name: Parameters<typeof CurrentScreen>[0]['name'];
  programId: string | undefined;
}) {
  const screenFailed = useKiosk(selectScreenFailed);
  // Home that failed itself goes straight to the plain list, not to another try at home.
  const fallback =
    name === 'home' ? (
      <StaticDirectory />
    ) : (
      <ScreenBoundary
        fallback={<StaticDirectory />}
        onError={(error) => screenFailed('home', error)}
      >
        <HomeScreen />
      </ScreenBoundary>
    );
  return (
    // Keyed by screen: a new screen gets a fresh chance.
    <ScreenBoundary
      key={`${name}:${programId ?? ''}`}
      fallback={fallback}
      onError={(error) => screenFailed(name, error)}
    >
      <CurrentScreen name={name} programId={programId} />
    </ScreenBoundary>
  );
}
