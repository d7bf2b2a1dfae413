import type { Clock } from './clock.ts';

const TOUCHES = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * When the screen was last touched (or a key pressed), watched on the document itself, apart
 * from React: what decides that nobody is there must keep working when the React tree does not.
 */
export function trackLastTouch(target: Pick<Document, 'addEventListener'>, clock: Clock) {
  let last = clock.now();
  const touched = (): void => {
    last = clock.now();
  };
  for (const name of TOUCHES)
    target.addEventListener(name, touched, { capture: true, passive: true });
  return (): number => last;
}
