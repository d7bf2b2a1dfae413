/**
 * jsdom lays nothing out: it has no innerText and cannot scroll. These stand in, for tests of
 * what is read aloud: innerText puts a space between elements, as a browser's line breaks
 * between blocks separate the words, and leaves out what is hidden.
 */
export function installLayoutStubs(): void {
  if (!('innerText' in HTMLElement.prototype)) {
    Object.defineProperty(HTMLElement.prototype, 'innerText', {
      configurable: true,
      get(this: HTMLElement): string {
        const text = (node: Node): string => {
          if (node instanceof HTMLElement && node.hidden) return '';
          if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
          return [...node.childNodes].map(text).join(' ');
        };
        return text(this).replace(/\s+/g, ' ').trim();
      },
    });
  }
  Element.prototype.scrollIntoView ??= () => undefined;
}
