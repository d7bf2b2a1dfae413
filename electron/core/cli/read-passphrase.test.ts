import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { CliInput } from './cli-io.ts';
import { readPassphrase } from './read-passphrase.ts';

function output() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

function terminal(): PassThrough & CliInput & { setRawMode: ReturnType<typeof vi.fn> } {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
}

describe('readPassphrase', () => {
  it('takes the first line of a pipe, spaces and all, with no prompt', async () => {
    const stdin = new PassThrough();
    const prompts = output();
    stdin.end(' two words here \r\nsecond\n');
    expect(await readPassphrase(stdin, prompts.stream, true)).toBe(' two words here ');
    expect(prompts.text()).toBe('');
  });

  it('says so when the pipe brought nothing', async () => {
    const stdin = new PassThrough();
    stdin.end('\n');
    await expect(readPassphrase(stdin, output().stream, false)).rejects.toThrow(
      'No passphrase came on standard input. Nothing was written.',
    );
  });

  it('asks twice at a terminal for a new key, echo off, and never writes it back', async () => {
    const stdin = terminal();
    const prompts = output();
    const reading = readPassphrase(stdin, prompts.stream, true);
    for (const key of 'lobby keys 2026x\u007f\r') stdin.write(key);
    for (const key of 'lobby keys 2026\r') stdin.write(key);
    expect(await reading).toBe('lobby keys 2026');
    expect(prompts.text()).toBe('Type the key passphrase: \nType it again: \n');
    expect(stdin.setRawMode.mock.calls).toEqual([[true], [false]]);
  });

  it('refuses two different passphrases for a new key', async () => {
    const stdin = terminal();
    const reading = readPassphrase(stdin, output().stream, true);
    stdin.write('lobby keys 2026\r');
    stdin.write('lobby keys 2025\r');
    await expect(reading).rejects.toThrow('The two passphrases are not the same. No key was made.');
    expect(stdin.setRawMode.mock.calls).toEqual([[true], [false]]);
  });

  it('asks once to sign', async () => {
    const stdin = terminal();
    const prompts = output();
    const reading = readPassphrase(stdin, prompts.stream, false);
    stdin.write('lobby keys 2026\r');
    expect(await reading).toBe('lobby keys 2026');
    expect(prompts.text()).toBe('Type the key passphrase: \n');
  });
});
