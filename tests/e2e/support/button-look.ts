import type { Page } from '@playwright/test';

/**
 * What looks pressable on the page but is not a control: a pill or a circle (corners rounded
 * to half its height) with a fill or a border. On a touchscreen such a shape invites a tap;
 * if nothing answers it, the visitor thinks the kiosk is broken. A shape that holds a control
 * (a group of buttons) is fine, and so is one inside a control.
 */
export function findFakeButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROL =
      'button, a[href], input, select, textarea, [role="button"], [role="switch"], [role="radio"], [role="checkbox"], [role="tab"], [role="link"]';
    const seen = (color: string) => color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height < 20) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const radius = parseFloat(style.borderTopLeftRadius);
      const filled = seen(style.backgroundColor);
      const outlined = parseFloat(style.borderTopWidth) > 0 && seen(style.borderTopColor);
      if (radius < box.height / 2 - 1 || !(filled || outlined)) continue;
      if (element.closest(CONTROL) || element.querySelector(CONTROL)) continue;
      if (element.closest('[aria-hidden="true"]')) continue;
      found.push(
        `<${element.tagName.toLowerCase()} class="${element.className}">: "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      );
    }
    return found;
  });
}
