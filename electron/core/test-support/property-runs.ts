import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** True in the slow project (vitest.config.ts): `npm run test:slow`. */
    fullPropertyRuns: boolean;
  }
}

/**
 * A property test's fast-check numRuns: `full` in `npm run test:slow`, a tenth of it in
 * `npm test`, so every change still meets some random input and the full search runs daily.
 */
export function propertyRuns(full: number): number {
  return inject('fullPropertyRuns') ? full : Math.ceil(full / 10);
}
