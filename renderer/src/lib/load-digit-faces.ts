/**
 * Fetches the running-text digits (the "Kiosk Digits" faces of base.css) at start-up. Left to the
 * browser, they arrive when a screen first shows a digit, and the text reflows under the reader
 * (a program's or the privacy notice's paragraphs, the notice's page count with them).
 */
export function loadDigitFaces(fonts: Pick<FontFaceSet, 'load'>): void {
  for (const weight of [400, 700]) {
    // A face that cannot load leaves the system's digits: nothing to tell the visitor.
    fonts.load(`${String(weight)} 1em "Kiosk Digits"`, '0').catch(() => undefined);
  }
}
