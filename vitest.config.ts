import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Slow by nature (the SIGKILL crash harness, the 10,000-guess brute force): `npm run test:slow`
// runs these files, `npm test` does not.
const SLOW = '**/*.slow.test.ts';
// Property tests run in both lanes: a tenth of their runs in `npm test`, all of them in
// `npm run test:slow` (see propertyRuns).
const PROPERTY_TESTS = ['electron/host/http-fuzz.test.ts', 'electron/core/contract-fuzz.test.ts'];

const renderer = (name: string, environment: 'node' | 'jsdom', include: string) => ({
  plugins: [react()],
  test: {
    name,
    environment,
    include: [include],
    exclude: [...configDefaults.exclude, SLOW],
    // The lobby's own zone, which keeps daylight saving time: dates must survive it.
    env: { TZ: 'America/Los_Angeles' },
    setupFiles: environment === 'jsdom' ? ['renderer/src/test-support/jsdom-gaps.ts'] : [],
  },
});

export default defineConfig({
  test: {
    // Every core: vitest's default, one fewer, runs one file at a time on a 2-core machine,
    // and a file's worker spends much of its life starting up, not computing.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SLOW],
          provide: { fullPropertyRuns: false },
        },
      },
      {
        test: {
          name: 'slow',
          environment: 'node',
          include: [SLOW, ...PROPERTY_TESTS],
          provide: { fullPropertyRuns: true },
        },
      },
      // Components render into a DOM. The renderer's other tests run without one, which starts
      // in a fraction of jsdom's time; a file that needs a DOM says `@vitest-environment jsdom`.
      renderer('renderer-dom', 'jsdom', 'renderer/**/*.test.tsx'),
      renderer('renderer', 'node', 'renderer/**/*.test.ts'),
    ],
  },
});
