import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The folders say where code runs; these cases prove the lint rules hold that line.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const refused: Array<[string, string]> = [
  ['electron/contract/x.ts', "import x from 'node:fs';"],
  ['electron/contract/x.ts', "import x from 'fs';"],
  ['electron/contract/x.ts', "import x from 'electron';"],
  ['electron/contract/x.ts', "import x from '../core/logger.ts';"],
  ['electron/contract/x.ts', "import x from 'react';"],
  ['electron/core/x.ts', "import x from 'electron';"],
  ['electron/core/x.ts', "import x from '../host/create-server.ts';"],
  ['electron/core/x.ts', "import x from '../../renderer/src/main.tsx';"],
  ['electron/host/x.ts', "import x from 'electron';"],
  ['electron/main/x.ts', "import x from '../host/create-server.ts';"],
  ['electron/host/x.ts', "import x from '../core/logger.ts';"],
  ['electron/main/x.ts', "import x from '../core/open-kiosk-core.ts';"],
  ['electron/main/x.ts', "import x from '../core/test-support/recording-logger.ts';"],
  ['electron/host/x.test.ts', "import x from '../core/store/content-store.ts';"],
  ['electron/preload/x.ts', "import x from '../core/logger.ts';"],
  ['electron/preload/x.ts', "import x from 'node:path';"],
  ['electron/preload/x.ts', "import { operations as x } from '../contract/api.ts';"],
  ['electron/contract/wire.ts', "import x from 'zod';"],
  ['electron/contract/wire.ts', "import x from './usage-schema.ts';"],
  ['renderer/src/x.ts', "import x from '../../electron/core/logger.ts';"],
  ['renderer/src/x.ts', "import x from 'node:fs';"],
  ['renderer/src/x.ts', "import x from 'electron';"],
  ['renderer/src/x.ts', "import x from 'lowdb';"],
  ['renderer/src/lib/x.ts', "import x from 'electron';"],
  ['renderer/src/lib/x.ts', "import x from '../features/home/home-screen.tsx';"],
  ['renderer/src/components/x.tsx', "import x from '../features/idle/idle-warning.tsx';"],
  ['renderer/src/hooks/x.ts', "import x from '../app/app.tsx';"],
  ['renderer/src/features/admin/x.tsx', "import x from '../../app/app.tsx';"],
  ['renderer/src/features/home/x.tsx', "import x from '../../store/admin/admin-selectors.ts';"],
  ['renderer/src/app/x.tsx', "import x from '../store/admin/admin-store.ts';"],
  ['renderer/src/store/x.ts', "import x from '../features/home/home-screen.tsx';"],
];

const allowed: Array<[string, string]> = [
  ['electron/contract/x.ts', "import x from 'zod';"],
  ['electron/contract/x.ts', "import x from './api.ts';"],
  ['electron/core/x.ts', "import x from 'node:fs';"],
  ['electron/core/x.ts', "import x from '../contract/api.ts';"],
  ['electron/host/x.ts', "import x from '../core/index.ts';"],
  ['electron/main/x.test.ts', "import x from '../core/test-support/recording-logger.ts';"],
  ['electron/main/x.ts', "import x from 'electron';"],
  ['electron/preload/x.ts', "import x from 'electron';"],
  ['electron/preload/x.ts', "import type x from '../contract/api.ts';"],
  ['electron/preload/x.ts', "import x from '../contract/wire.ts';"],
  ['electron/contract/errors.ts', "import x from './wire.ts';"],
  ['renderer/src/x.ts', "import x from '../../electron/contract/api.ts';"],
  ['renderer/src/app/x.tsx', "import x from '../features/home/home-screen.tsx';"],
  ['renderer/src/features/admin/x.tsx', "import x from '../screens/current-screen.tsx';"],
  ['renderer/src/features/admin/x.tsx', "import x from '../../store/admin/admin-selectors.ts';"],
  ['renderer/src/features/home/x.tsx', "import x from '../../components/screen-layout.tsx';"],
  ['renderer/src/components/x.tsx', "import x from '../hooks/use-localize.ts';"],
  ['renderer/src/store/x.ts', "import x from './admin/admin-store.ts';"],
  ['renderer/src/lib/x.test.ts', "import x from '../store/admin/admin-store.ts';"],
];

// ESLint reads its configuration and plugins on the first file: minutes on a loaded machine,
// which is no business of the tests' own timeouts.
beforeAll(() => importErrors('electron/contract/warm-up.ts', "import x from 'zod';"), 120_000);

describe('lint enforces the layering', () => {
  it.each(refused)('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each(allowed)('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
