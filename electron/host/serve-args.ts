import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE =
  'Usage: npm run serve -- [--port <n>] [--data-dir <dir>] [--renderer-dir <dir>] [--help]\n' +
  '  --port          port on 127.0.0.1 (default 0: any free port)\n' +
  "  --data-dir      where the kiosk keeps its content (default: IT's policy's dataDir, else the per-user folder)\n" +
  '  --renderer-dir  the built renderer to serve (default: dist/renderer)';

export interface ServeArgs {
  port: number;
  dataDir?: string;
  rendererDir?: string;
  help: boolean;
}

/** Thrown for a command line that cannot be used; its message is one line for the user. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const Port = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().max(65535));

export function parseServeArgs(argv: string[]): ServeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'renderer-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // Node's messages add advice on further lines and sentences; the first sentence is enough.
    throw new UsageError(String((error as Error).message).split(/\.\s/)[0] ?? 'Bad arguments');
  }
  const port = Port.safeParse(values.port ?? '0');
  if (!port.success) {
    throw new UsageError(
      `--port must be a whole number from 0 to 65535 (0 picks any free port), not "${values.port}"`,
    );
  }
  for (const flag of ['data-dir', 'renderer-dir'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a folder`);
  }
  return {
    port: port.data,
    dataDir: values['data-dir'],
    rendererDir: values['renderer-dir'],
    help: values.help ?? false,
  };
}
