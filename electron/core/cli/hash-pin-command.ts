import { hashPin } from '../admin/pin-hash.ts';
import type { CliIo } from './cli-io.ts';
import { readPin } from './read-pin.ts';

/** `hash-pin`: prints, alone on standard output, the hash of a PIN read from standard input. */
export async function runHashPin(io: CliIo): Promise<void> {
  const pin = await readPin(io.stdin, io.stderr, ['Type the PIN', 'Type it again']);
  io.stdout.write(`${await hashPin(pin)}\n`);
}
