import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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
  ['electron/preload/x.ts', "import x from '../core/logger.ts';"],
  ['electron/preload/x.ts', "import x from 'node:path';"],
  ['renderer/src/x.ts', "import x from '../../electron/core/logger.ts';"],
  ['renderer/src/x.ts', "import x from 'node:fs';"],
  ['renderer/src/x.ts', "import x from 'electron';"],
  ['renderer/src/x.ts', "import x from 'lowdb';"],
];

const allowed: Array<[string, string]> = [
  ['electron/contract/x.ts', "import x from 'zod';"],
  ['electron/contract/x.ts', "import x from './api.ts';"],
  ['electron/core/x.ts', "import x from 'node:fs';"],
  ['electron/core/x.ts', "import x from '../contract/api.ts';"],
  ['electron/host/x.ts', "import x from '../core/logger.ts';"],
  ['electron/main/x.ts', "import x from 'electron';"],
  ['electron/preload/x.ts', "import x from 'electron';"],
  ['electron/preload/x.ts', "import x from '../contract/api.ts';"],
  ['renderer/src/x.ts', "import x from '../../electron/contract/api.ts';"],
];

describe('lint enforces the layering', () => {
  it.each(refused)('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each(allowed)('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
