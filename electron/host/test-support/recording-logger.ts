import type { Logger } from '../../core/index.ts';

export interface RecordingLogger extends Logger {
  readonly lines: { level: 'info' | 'warn' | 'error'; msg: string; meta?: object }[];
}

/** Keeps log lines in memory so tests stay quiet and can check what was logged. */
export function createRecordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (msg, meta) => void lines.push({ level: 'info', msg, meta }),
    warn: (msg, meta) => void lines.push({ level: 'warn', msg, meta }),
    error: (msg, meta) => void lines.push({ level: 'error', msg, meta }),
  };
}
