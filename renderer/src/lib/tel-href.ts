/**
 * Phone numbers are stored as displayed, "(916) 227-4253"; a phone scanning the QR code needs
 * the international form. Every stored number is a North American one (the schema's pattern).
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length !== 10) {
    throw new Error(`"${phone}" is not a phone number like (916) 227-4253`);
  }
  return `tel:+1${digits}`;
}
