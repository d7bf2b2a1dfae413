import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { WEB_ADDRESS_MAX } from '../../../electron/contract/content-schema.ts';
import { MIN_MODULE_PX, QUIET_ZONE, qrPath, qrSidePx } from './qr-path.ts';

/** Paints the path back onto a grid, so the test checks what a scanner would see. */
function paint(d: string, size: number): boolean[] {
  const grid = new Array<boolean>(size * size).fill(false);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y) * size + Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the QR code', () => {
    const text = 'tel:+19162274253';
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const shape = qrPath(text);

    expect(shape.size).toBe(modules.size);
    expect(paint(shape.d, shape.size)).toEqual(Array.from(modules.data, Boolean));
  });

  it('uses nothing but whole-module rectangles', () => {
    const { d } = qrPath('tel:+19162273765');
    expect(d.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  });

  it('gives different codes for different numbers', () => {
    expect(qrPath('tel:+19162274253').d).not.toBe(qrPath('tel:+19162274840').d);
  });

  it('draws the longest web address staff may enter, with modules of at least 4 px', () => {
    const longest = `https://post.ca.gov/${'a'.repeat(WEB_ADDRESS_MAX - 'https://post.ca.gov/'.length)}`;
    const { size } = qrPath(longest);
    expect(qrSidePx(size) / (size + 2 * QUIET_ZONE)).toBeGreaterThanOrEqual(MIN_MODULE_PX);
  });

  it('draws a phone number’s small code at the usual size', () => {
    expect(qrSidePx(qrPath('tel:+19162274253').size)).toBe(256);
  });
});
