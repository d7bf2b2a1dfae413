/** Standard input as the admin commands read it: a terminal (where echo can be turned off) or a pipe. */
import type { Now } from '../clock.ts';
export interface CliInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Everything a command touches outside itself, so tests can drive it with in-memory streams. */
export interface CliIo {
  stdin: CliInput;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** Epoch milliseconds, for the audit line. */
  now: Now;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure the person at the keyboard can act on: its message is shown as it is. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_FAILURE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
