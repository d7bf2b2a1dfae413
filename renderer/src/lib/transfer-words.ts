import type { ImportFile, TransferPlace } from '../../../electron/contract/transfer-schema.ts';

/** "12 KB": content files are tens of kilobytes, so no finer unit helps staff. */
export function fileSize(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** "Dec 6, 2026, 10:55 AM", on the kiosk's clock. */
export function fileDate(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** One line per listed file, as the import button reads it. */
export function fileLine(file: ImportFile): string {
  const place = file.place.charAt(0).toUpperCase() + file.place.slice(1);
  return `${place}, ${fileDate(file.modifiedAt)}, ${fileSize(file.bytes)}`;
}

/**
 * Where the native dialog opens, as its button says it: a USB stick where one is plugged in,
 * else IT's transfer folder (the dialog can reach nothing else).
 */
export function dialogPlace(places: readonly Pick<TransferPlace, 'kind'>[]): string {
  return places.some((place) => place.kind === 'removable')
    ? 'on the stick'
    : 'in the transfer folder';
}
