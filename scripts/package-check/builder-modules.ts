import { createRequire } from 'node:module';
import type * as Asar from '@electron/asar';
import type * as Fuses from '@electron/fuses';

// The copies electron-builder itself packs and flips fuses with, whichever npm gave it, so the
// check reads app.asar and lays out the fuse wire exactly as the packager does.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));

export const asar = fromBuilder('@electron/asar') as typeof Asar;
export const fuses = fromBuilder('@electron/fuses') as typeof Fuses;
export const fusesVersion = String(
  (fromBuilder('@electron/fuses/package.json') as { version: unknown }).version,
);
