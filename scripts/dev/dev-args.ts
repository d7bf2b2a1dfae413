import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const DEV_USAGE =
  'Usage: npm run dev -- [--port <n>] [--data-dir <dir>]\n' +
  "  --port      Vite's port on 127.0.0.1 (default 5173)\n" +
  '  --data-dir  the kiosk data folder for the browser shell (default: asb-lobby-kiosk-dev in the temp folder)';

export interface DevArgs {
  port: number;
  dataDir: string;
}

/** Throws an Error whose message is one line for the user. */
export function parseDevArgs(argv: string[], tempDir = tmpdir()): DevArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const portText = values.port ?? '5173';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) {
    throw new Error(`--port must be a whole number from 1 to 65535, not "${portText}"`);
  }
  // One folder kept across runs, so a PIN set and content edited survive restarting the loop.
  return { port, dataDir: values['data-dir'] || join(tempDir, 'asb-lobby-kiosk-dev') };
}
