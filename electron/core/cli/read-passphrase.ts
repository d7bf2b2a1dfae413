import { CliError, type CliInput } from './cli-io.ts';
import { readLines } from './read-pin.ts';

/**
 * Reads a key's passphrase from standard input, never from the command line. At a terminal,
 * echo off, asked twice when `confirm` (a new key: a typo there would lock the key for good);
 * from a pipe, the first line. Prompts go to `prompts` (standard error).
 */
export async function readPassphrase(
  stdin: CliInput,
  prompts: NodeJS.WritableStream,
  confirm: boolean,
): Promise<string> {
  if (stdin.isTTY !== true) {
    const [first] = await readLines(stdin, 1, false);
    if (first === undefined || first === '') {
      throw new CliError('No passphrase came on standard input. Nothing was written.');
    }
    return first;
  }
  stdin.setRawMode?.(true);
  try {
    prompts.write('Type the key passphrase: ');
    const [first, second] = await readLines(stdin, confirm ? 2 : 1, true, () =>
      prompts.write('\nType it again: '),
    );
    prompts.write('\n');
    if (first === undefined || first === '') {
      throw new CliError('No passphrase was typed. Nothing was written.');
    }
    if (confirm && first !== second) {
      throw new CliError('The two passphrases are not the same. No key was made.');
    }
    return first;
  } finally {
    stdin.setRawMode?.(false);
    stdin.pause();
  }
}
