import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { httpRoutesDefine } from './contract-routes.config.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        define: httpRoutesDefine,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          // The lobby's own zone, which keeps daylight saving time: dates must survive it.
          env: { TZ: 'America/Los_Angeles' },
        },
      },
    ],
  },
});
