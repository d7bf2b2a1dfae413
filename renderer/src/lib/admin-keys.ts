/**
 * The staff keyboard: everything a phone number, a web address or a paragraph in English or
 * Spanish needs. Shift gives capitals; the last row holds the Spanish letters and marks.
 */
export const ADMIN_KEY_ROWS: readonly string[] = [
  '1234567890-',
  'qwertyuiop/',
  'asdfghjklñ:',
  'zxcvbnm,.?@',
  'áéíóúü¿¡()',
];

export const shifted = (key: string): string => key.toLocaleUpperCase('es');

export function adminKeyRows(shift: boolean): string[][] {
  return ADMIN_KEY_ROWS.map((row) => [...row].map((key) => (shift ? shifted(key) : key)));
}
