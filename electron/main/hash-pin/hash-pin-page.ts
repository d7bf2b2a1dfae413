import type { HashPinFunction } from './hash-pin-channel.ts';

export type WriteClipboard = (text: string) => Promise<void>;

const COPIED = 'Copied. Paste it into policy.json.';
const COPY_FAILED =
  'Copying did not work here: the hash is selected, press Ctrl+C (Cmd+C on a Mac).';

/**
 * The hash-pin window's page (index.html): sends both PINs to the main process, which checks
 * and hashes them, then shows the hash or the reason in plain words. The PIN fields are
 * emptied once a hash is made, so the PIN stays on screen no longer than needed.
 */
export function setUpHashPinPage(
  doc: Document,
  hashPin: HashPinFunction,
  writeClipboard: WriteClipboard,
): void {
  const element = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const form = element<HTMLFormElement>('pin-form');
  const pin = element<HTMLInputElement>('pin');
  const again = element<HTMLInputElement>('again');
  const make = element<HTMLButtonElement>('make');
  const error = element<HTMLParagraphElement>('error');
  const result = element<HTMLElement>('result');
  const hash = element<HTMLInputElement>('hash');
  const copy = element<HTMLButtonElement>('copy');
  const copyStatus = element<HTMLParagraphElement>('copy-status');

  const showError = (message: string): void => {
    error.textContent = message;
    error.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    result.hidden = true;
    copyStatus.textContent = '';
    make.disabled = true;
    hashPin(pin.value, again.value)
      .then((reply) => {
        if (!reply.ok) {
          showError(reply.message);
          return;
        }
        pin.value = '';
        again.value = '';
        hash.value = reply.hash;
        result.hidden = false;
        hash.focus();
        hash.select();
      })
      .catch(() => showError('The hash could not be made. The details are in the kiosk log.'))
      .finally(() => {
        make.disabled = false;
      });
  });

  copy.addEventListener('click', () => {
    writeClipboard(hash.value)
      .then(() => {
        copyStatus.textContent = COPIED;
      })
      .catch(() => {
        hash.focus();
        hash.select();
        copyStatus.textContent = COPY_FAILED;
      });
  });
}
