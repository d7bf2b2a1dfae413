import type { Logger } from '../core/index.ts';

type Level = 'info' | 'warn' | 'error';

/** Standard output carries only the URL (scripts read it), so every log line goes to stderr. */
export function createStderrLogger(write: (line: string) => void = writeStderr): Logger {
  const line =
    (level: Level) =>
    (msg: string, meta?: object): void =>
      write(`[${level}] ${msg}${meta === undefined ? '' : ` ${JSON.stringify(meta)}`}\n`);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

function writeStderr(line: string): void {
  process.stderr.write(line);
}
