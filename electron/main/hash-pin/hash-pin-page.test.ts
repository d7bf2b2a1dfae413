// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HashPinFunction, HashPinReply } from './hash-pin-channel.ts';
import { setUpHashPinPage, type WriteClipboard } from './hash-pin-page.ts';

const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'index.html'), 'utf8');

let hashPin: ReturnType<typeof vi.fn<HashPinFunction>>;
let writeClipboard: ReturnType<typeof vi.fn<WriteClipboard>>;

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const shown = (id: string) => !document.getElementById(id)!.hidden;

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
  hashPin = vi.fn<HashPinFunction>();
  writeClipboard = vi.fn<WriteClipboard>();
  setUpHashPinPage(document, hashPin, writeClipboard);
});

async function submit(pin: string, again: string, reply: HashPinReply | Error): Promise<void> {
  hashPin.mockImplementation(() =>
    reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply),
  );
  field('pin').value = pin;
  field('again').value = again;
  document.getElementById('make')!.click();
  await vi.waitFor(() => expect(field('make').disabled).toBe(false));
}

describe('index.html under the kiosk’s CSP', () => {
  it('has no inline script, inline style or event-handler attribute', () => {
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    for (const [, attributes] of html.matchAll(/<script([^>]*)>/gi)) {
      expect(attributes).toMatch(/\ssrc="hash-pin\.js"/);
    }
    expect(html).toContain('<link rel="stylesheet" href="hash-pin.css" />');
  });
});

describe('the hash-pin page', () => {
  it('sends both PINs, then shows the hash read-only and empties the PIN fields', async () => {
    await submit('24681357', '24681357', { ok: true, hash: 'scrypt$32768$8$1$abc$def' });
    expect(hashPin).toHaveBeenCalledWith('24681357', '24681357');
    expect(shown('result')).toBe(true);
    expect(field('hash').value).toBe('scrypt$32768$8$1$abc$def');
    expect(field('hash').readOnly).toBe(true);
    expect(field('pin').value).toBe('');
    expect(field('again').value).toBe('');
    expect(shown('error')).toBe(false);
  });

  it('shows the main process’s reason in plain words, keeping what was typed', async () => {
    await submit('123456', '654321', { ok: false, message: 'The two PINs are not the same.' });
    expect(shown('error')).toBe(true);
    expect(document.getElementById('error')!.textContent).toBe('The two PINs are not the same.');
    expect(shown('result')).toBe(false);
    expect(field('pin').value).toBe('123456');
  });

  it('hides an earlier hash when a new attempt fails', async () => {
    await submit('111111', '111111', { ok: true, hash: 'scrypt$1' });
    await submit('1', '1', { ok: false, message: 'The PIN must be 6 to 12 digits.' });
    expect(shown('result')).toBe(false);
    expect(document.getElementById('error')!.textContent).toBe('The PIN must be 6 to 12 digits.');
  });

  it('says so when the hash could not be made at all', async () => {
    await submit('123456', '123456', new Error('IPC gone'));
    expect(document.getElementById('error')!.textContent).toBe(
      'The hash could not be made. The details are in the kiosk log.',
    );
  });

  it('Copy puts the hash on the clipboard and says so', async () => {
    await submit('123456', '123456', { ok: true, hash: 'scrypt$copy-me' });
    writeClipboard.mockResolvedValue();
    document.getElementById('copy')!.click();
    await vi.waitFor(() =>
      expect(document.getElementById('copy-status')!.textContent).toBe(
        'Copied. Paste it into policy.json.',
      ),
    );
    expect(writeClipboard).toHaveBeenCalledWith('scrypt$copy-me');
  });

  it('when copying fails, selects the hash and says to press Ctrl+C', async () => {
    await submit('123456', '123456', { ok: true, hash: 'scrypt$copy-me' });
    writeClipboard.mockRejectedValue(new Error('denied'));
    document.getElementById('copy')!.click();
    await vi.waitFor(() =>
      expect(document.getElementById('copy-status')!.textContent).toMatch(/press Ctrl\+C/),
    );
    expect(document.activeElement).toBe(field('hash'));
    expect(field('hash').selectionEnd).toBe('scrypt$copy-me'.length);
  });
});
