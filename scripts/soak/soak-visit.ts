// Runs inside the page (see scripts/bench/page-probes.ts for why there are no named helpers).

/**
 * One soak visitor, by clicks dispatched in the page: begin, a language, a program, a text
 * size in the accessibility panel and the panel closed, All phone numbers, Search and a
 * letter, home. (Not read aloud: headless Chromium has no voices, and a voice that never ends
 * would rightly hold off the idle reset.)
 * The idle reset (driven by the page clock) ends the visit. Returns the steps whose control was
 * not found, so a changed screen cannot pass unnoticed.
 */
export async function soakVisit(visitor: number): Promise<string[]> {
  const steps: Array<[selector: string, text: string | null]> = [
    ['.attract__button', null],
    ['.language-switch__button', visitor % 2 === 0 ? 'Español' : 'English'],
    ['.tiles__item button', null],
    ['.accessibility-button, .bar-button', visitor % 2 === 0 ? 'Accesibilidad' : 'Accessibility'],
    ['.choice-button', null],
    ['.sheet__header .bar-button', null],
    ['.bar-button', visitor % 2 === 0 ? 'Inicio' : 'Home'],
    ['.all-phones, .home__all-phones', null],
    ['.bar-button', visitor % 2 === 0 ? 'Buscar' : 'Search'],
    ['.key', 'c'],
    ['.bar-button', visitor % 2 === 0 ? 'Inicio' : 'Home'],
  ];
  const missing: string[] = [];
  for (const [selector, text] of steps) {
    // A deferred screen's code may still be arriving: look again for up to 5 seconds.
    let found: HTMLElement | undefined;
    for (let attempt = 0; attempt < 250 && !found; attempt += 1) {
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      found =
        text === null
          ? all[visitor % Math.max(1, all.length)]
          : all.find((element) => element.textContent.trim() === text);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (found) found.click();
    else missing.push(`${selector} ${text ?? ''}`.trim());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return missing;
}
