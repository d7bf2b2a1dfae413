import { Suspense, useEffect } from 'react';
import { selectReadAloud } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { deferred } from './deferred.tsx';

// Only a visitor who turns read aloud on needs the row: its code and style are a chunk of their
// own, out of what the kiosk evaluates before its first paint, fetched just after it.
const row = deferred(() => import('./speech-row.tsx').then((m) => m.SpeechRow));

export const preloadSpeechRow = row.preload;

/**
 * Stop, Repeat, Previous and Next, while read aloud is on: a row of their own just above the
 * bottom bar, at its left, so they neither grow the bar nor move Listen in its corner.
 */
export function SpeechBar() {
  const readAloud = useKiosk(selectReadAloud);
  useEffect(() => void preloadSpeechRow().catch(() => undefined), []);
  if (!readAloud) return null;
  return (
    <Suspense fallback={null}>
      <row.Component />
    </Suspense>
  );
}
