import { readFile } from 'node:fs/promises';
import { CURRENT_SCHEMA_VERSION } from '../../contract/content-schema.ts';
import { readImport } from '../editing/read-import.ts';
import { describeFsError, errorCode } from '../store/durable-fs.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io.ts';

export interface ContentReport {
  /** 0 valid, 1 not valid content, 2 the file could not be read. */
  exitCode: number;
  /** What to tell the person, one or more lines, without a final newline. */
  text: string;
}

export type ReadText = (path: string) => Promise<string>;

const readText: ReadText = (path) => readFile(path, 'utf8');

/**
 * Checks a content file exactly as the kiosk checks a file staff import (readImport: earlier
 * schema versions migrated, every problem listed), without touching any data folder. Shared by
 * `npm run admin -- validate-content` and the installed app's `--validate-content`.
 */
export async function validateContentFile(file: string, read = readText): Promise<ContentReport> {
  let text: string;
  try {
    text = await read(file);
  } catch (error) {
    return { exitCode: EXIT_USAGE, text: `Could not read ${file}: ${whyUnreadable(error)}.` };
  }
  const result = readImport(text);
  if (!result.ok) {
    const reasons = result.reasons.map((reason) => `  - ${reason}`);
    return {
      exitCode: EXIT_FAILURE,
      text: [`${file} is not valid content:`, ...reasons].join('\n'),
    };
  }
  const written = (JSON.parse(text) as { schemaVersion: number }).schemaVersion;
  const count = result.content.programs.length;
  const lines = [
    `OK: ${file} is valid content (schema version ${written}, ${count} program${count === 1 ? '' : 's'})`,
  ];
  if (written < CURRENT_SCHEMA_VERSION) {
    lines.push(
      `It was written for an earlier kiosk; importing it brings it up to schema version ${CURRENT_SCHEMA_VERSION}.`,
    );
  }
  return { exitCode: EXIT_OK, text: lines.join('\n') };
}

/** `validate-content FILE`: the verdict on standard output when valid, standard error when not. */
export async function runValidateContent(io: CliIo, file: string): Promise<number> {
  const report = await validateContentFile(file);
  (report.exitCode === EXIT_OK ? io.stdout : io.stderr).write(`${report.text}\n`);
  return report.exitCode;
}

function whyUnreadable(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'there is no such file (ENOENT)';
  if (code === 'EISDIR') return 'it is a folder, not a file (EISDIR)';
  return describeFsError(error);
}
