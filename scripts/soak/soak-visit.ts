// Runs inside the page (see scripts/bench/page-probes.ts for why there are no named helpers).

/**
 * One soak visitor, by clicks dispatched in the page: begin, a language, a program, a text
 * size in the accessibility panel and the panel closed, home, then All phone numbers (odd
 * visitors) or Search and a letter (even ones), where the visitor walks away. (Not read aloud:
 * headless Chromium has no voices, and a voice that never ends would rightly hold off the idle
 * reset.) The visit starts from the attract screen, so a missing first button means the last
 * idle reset did not happen. Returns the steps whose control was not found, so a changed screen
 * cannot pass unnoticed.
 */
export async function soakVisit(visitor: number): Promise<string[]> {
  const even = visitor % 2 === 0;
  const steps: ReadonlyArray<readonly [selector: string, text: string | null]> = [
    ['.attract .attract__button', null],
    ['.language-switch__button', even ? 'Español' : 'English'],
    ['.tiles__item button', null],
    ['.accessibility-button, .bar-button', even ? 'Accesibilidad' : 'Accessibility'],
    ['.choice-button', null],
    ['.sheet__header .bar-button', null],
    ['.bar-button', even ? 'Inicio' : 'Home'],
    ...(even
      ? ([
          ['.bar-button', 'Buscar'],
          ['.key', 'c'],
        ] as const)
      : ([['.all-phones, .home__all-phones', null]] as const)),
  ];
  // A click's render and effects finish in the microtasks after it (React flushes discrete
  // events synchronously), so a microtask turn is enough unless a deferred screen's code is
  // still arriving. Then a message-channel turn, which the page clock does not hold back, and at
  // last real 20 ms waits, up to about 5 seconds in all.
  const channel = new MessageChannel();
  const missing: string[] = [];
  for (const [selector, text] of steps) {
    let found: HTMLElement | undefined;
    for (let attempt = 0; attempt < 300 && !found; attempt += 1) {
      await new Promise<void>((resolve) => {
        if (attempt === 0) queueMicrotask(resolve);
        else if (attempt < 50) {
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        } else setTimeout(resolve, 20);
      });
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      found =
        text === null
          ? all[visitor % Math.max(1, all.length)]
          : all.find((element) => element.textContent.trim() === text);
    }
    if (found) found.click();
    else missing.push(`${selector} ${text ?? ''}`.trim());
  }
  channel.port1.close();
  return missing;
}
