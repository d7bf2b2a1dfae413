// Runs inside the page (see page-probes.ts for why there are no named helpers).

/**
 * One bench visitor, by clicks dispatched in the page (fast, so 1,000 fit the time budget):
 * begin, open a program, home, the privacy notice, two pages on, home. Returns the steps whose
 * control was not found, so a changed screen cannot pass unnoticed. (The notice is read page by
 * page since it was paged: "Next page", where it used to say "Scroll down".)
 */
export async function sessionVisit(programIndex: number): Promise<string[]> {
  const steps: Array<[selector: string, text: string | null]> = [
    ['.attract__button', null],
    ['.tiles__item button', null],
    ['.bar-button', 'Home'],
    ['.bar-button', 'Privacy'],
    ['.scroll-buttons button', 'Next page'],
    ['.scroll-buttons button', 'Next page'],
    ['.bar-button', 'Home'],
  ];
  const missing: string[] = [];
  for (const [selector, text] of steps) {
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    const found =
      text === null
        ? all[programIndex % Math.max(1, all.length)]
        : all.find((element) => element.textContent.includes(text));
    if (found) found.click();
    else missing.push(`${selector} ${text ?? ''}`.trim());
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return missing;
}
