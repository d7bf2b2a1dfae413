import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { CliInput } from './cli-io.ts';
import { readPin } from './read-pin.ts';

function output() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

function terminal(): PassThrough & CliInput & { setRawMode: ReturnType<typeof vi.fn> } {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
}

describe('readPin from a pipe', () => {
  it('takes the first line, once, without a prompt', async () => {
    const stdin = new PassThrough();
    const prompts = output();
    stdin.end('246810\r\nignored\n');
    expect(await readPin(stdin, prompts.stream)).toBe('246810');
    expect(prompts.text()).toBe('');
  });

  it('takes a last line without a newline', async () => {
    const stdin = new PassThrough();
    stdin.end('13579135');
    expect(await readPin(stdin, output().stream)).toBe('13579135');
  });

  it('says so when nothing came', async () => {
    const stdin = new PassThrough();
    stdin.end('');
    await expect(readPin(stdin, output().stream)).rejects.toThrow('No PIN came on standard input.');
  });
});

describe('readPin at a terminal', () => {
  it('asks twice with echo off, and never writes the PIN back', async () => {
    const stdin = terminal();
    const prompts = output();
    const reading = readPin(stdin, prompts.stream);
    for (const key of '1234567\u007f8\r') stdin.write(key);
    for (const key of '12345699\b\b8\r') stdin.write(key);
    expect(await reading).toBe('1234568');
    expect(prompts.text()).toBe('Type the new PIN: \nType it again: \n');
    expect(stdin.setRawMode.mock.calls).toEqual([[true], [false]]);
  });

  it('refuses two PINs that are not the same', async () => {
    const stdin = terminal();
    const reading = readPin(stdin, output().stream);
    stdin.write('111111\r');
    stdin.write('111112\r');
    await expect(reading).rejects.toThrow('The two PINs are not the same. Nothing was changed.');
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it('stops on Ctrl+C and gives the terminal back', async () => {
    const stdin = terminal();
    const reading = readPin(stdin, output().stream);
    stdin.write('12\u0003');
    await expect(reading).rejects.toThrow('Stopped; nothing was changed.');
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it('uses the labels it is given', async () => {
    const stdin = terminal();
    const prompts = output();
    const reading = readPin(stdin, prompts.stream, ['Type the PIN', 'Once more']);
    stdin.write('123456\r123456\r');
    expect(await reading).toBe('123456');
    expect(prompts.text()).toBe('Type the PIN: \nOnce more: \n');
  });
});
