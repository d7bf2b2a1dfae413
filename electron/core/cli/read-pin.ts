import { CliError, type CliInput } from './cli-io.ts';

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACES = new Set(['\u007f', '\b']);

/**
 * Reads the PIN from standard input. At a terminal it asks twice ("Type the new PIN", "Type it
 * again"), with echo off so nobody reads it over a shoulder, and refuses two that differ; from a
 * pipe it takes the first line. Prompts go to `prompts` (standard error), never with the PIN.
 */
export async function readPin(
  stdin: CliInput,
  prompts: NodeJS.WritableStream,
  labels: readonly [string, string] = ['Type the new PIN', 'Type it again'],
): Promise<string> {
  if (stdin.isTTY !== true) {
    const [first] = await readLines(stdin, 1, false);
    if (first === undefined) throw new CliError('No PIN came on standard input.');
    return first;
  }
  stdin.setRawMode?.(true);
  try {
    prompts.write(`${labels[0]}: `);
    const lines = readLines(stdin, 2, true, () => prompts.write(`\n${labels[1]}: `));
    const [first, second] = await lines;
    prompts.write('\n');
    if (first === undefined || second === undefined) throw new CliError('No PIN was typed.');
    if (first !== second) throw new CliError('The two PINs are not the same. Nothing was changed.');
    return first;
  } finally {
    stdin.setRawMode?.(false);
    stdin.pause();
  }
}

/**
 * Collects up to `count` lines, then stops listening. At a terminal in raw mode each key comes
 * alone: Enter ends a line, Backspace takes back a key, Ctrl+C stops.
 */
export function readLines(
  stdin: CliInput,
  count: number,
  terminal: boolean,
  onLine: () => void = () => undefined,
): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let current = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      if (!terminal) stdin.pause();
      if (error) reject(error);
      else resolve(Array.from({ length: count }, (_, i) => lines[i]));
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (terminal && char === CTRL_C)
          return finish(new CliError('Stopped; nothing was changed.'));
        if (terminal && BACKSPACES.has(char)) current = current.slice(0, -1);
        else if (char === '\n' || (terminal && char === '\r')) {
          lines.push(current);
          current = '';
          if (lines.length === count) return finish();
          onLine();
        } else if (terminal && char === CTRL_D && current === '') return finish();
        else if (char !== '\r') current += char;
      }
      return undefined;
    };
    const onEnd = () => {
      if (current !== '') lines.push(current);
      finish();
    };
    const onError = (error: Error) => finish(error);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.resume();
  });
}
