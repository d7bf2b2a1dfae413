import type { Logger } from '../logger.ts';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  meta?: object;
}

/** Keeps log lines in memory so tests stay quiet and can check what was logged. */
export function createRecordingLogger(): Logger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, meta?: object): void =>
      void lines.push(meta === undefined ? { level, message } : { level, message, meta });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
