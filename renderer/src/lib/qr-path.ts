import QRCode from 'qrcode';

/** Scanners need a light margin of four modules around the code. */
export const QUIET_ZONE = 4;
/** A phone camera at arm's length reads modules of 4 CSS pixels and up on a lobby screen. */
export const MIN_MODULE_PX = 4;
/** Small codes (every tel: link) are drawn this large, so they are easy to aim at. */
export const BASE_SIDE_PX = 256;

/**
 * The code's side in CSS pixels: the usual size, or larger for a long web address, so that no
 * module is drawn smaller than MIN_MODULE_PX.
 */
export function qrSidePx(modules: number): number {
  return Math.max(BASE_SIDE_PX, (modules + 2 * QUIET_ZONE) * MIN_MODULE_PX);
}

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path drawing every dark module, in module units. */
  d: string;
}

/**
 * Draws the QR code as SVG path data, so it renders as an inline <svg>: the content security
 * policy forbids data: URLs, and a canvas would have no accessible name.
 */
export function qrPath(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      runs.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { size, d: runs.join('') };
}
