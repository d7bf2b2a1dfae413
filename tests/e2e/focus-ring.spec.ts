import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { beginAtHome, tap } from './support/screens.ts';

interface Ring {
  name: string;
  /** Why the ring cannot be seen; empty when it can. */
  faults: string[];
}

/**
 * The ring round the focused element: drawn (a solid outline, 4px or more), in a colour 3:1
 * or more against what lies right beside it (the box it sits in, or, drawn inside a control,
 * the band the control gives it), and not cut off by a box that clips.
 */
function focusedRing(): Ring {
  const element = document.activeElement as HTMLElement;
  const style = getComputedStyle(element);
  const name = (element.getAttribute('aria-label') ?? element.innerText).slice(0, 40);
  const faults: string[] = [];
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x! + 0.05) / (y! + 0.05);
  };
  const opaque = (color: string) => color !== 'transparent' && rgb(color)[3] !== 0;
  const backgroundFrom = (start: Element | null): string => {
    for (let at = start; at; at = at.parentElement) {
      const background = getComputedStyle(at).backgroundColor;
      if (opaque(background)) return background;
    }
    return 'rgb(255, 255, 255)';
  };
  const width = parseFloat(style.outlineWidth);
  const offset = parseFloat(style.outlineOffset);
  if (style.outlineStyle !== 'solid' || width < 4) {
    faults.push(`outline ${style.outlineStyle} ${style.outlineWidth}`);
  }
  const inset = style.boxShadow.match(/^(rgba?\([^)]*\)) 0px 0px 0px [\d.]+px inset/);
  const beside =
    offset >= 0 ? backgroundFrom(element.parentElement) : (inset?.[1] ?? backgroundFrom(element));
  const ratio = contrast(style.outlineColor, beside);
  if (ratio < 3) faults.push(`contrast ${ratio.toFixed(2)} (${style.outlineColor} on ${beside})`);
  const rect = element.getBoundingClientRect();
  const reach = Math.max(0, offset + width);
  for (let at = element.parentElement; at; at = at.parentElement) {
    const clip = getComputedStyle(at);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
    const box =
      at === document.body
        ? new DOMRect(0, 0, innerWidth, innerHeight)
        : at.getBoundingClientRect();
    const cut =
      rect.left - reach < box.left - 0.5 ||
      rect.right + reach > box.right + 0.5 ||
      rect.top - reach < box.top - 0.5 ||
      rect.bottom + reach > box.bottom + 0.5;
    if (cut) faults.push(`cut off by ${at.tagName}.${at.className}`);
  }
  return { name, faults };
}

/** Tabs through every control in front of the visitor, once round, judging each ring. */
async function ringsRound(page: Page): Promise<Ring[]> {
  const rings: Ring[] = [];
  const seen = new Set<string>();
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    // Past the last control, focus leaves the page for a moment (the browser's own controls).
    const id = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      return `${element.tagName}:${String([...document.querySelectorAll('*')].indexOf(element))}`;
    });
    if (id === null) continue;
    if (seen.has(id)) break;
    seen.add(id);
    rings.push(await page.evaluate(focusedRing));
  }
  return rings;
}

const faulty = (rings: Ring[]) => rings.filter((ring) => ring.faults.length > 0);

test(
  'a keyboard visitor sees where focus is, at every text size and in both themes',
  { tag: '@viewport' },
  async ({ kiosk }) => {
    const page = await kiosk.open();
    await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
    const welcome = await ringsRound(page);
    expect(welcome.length).toBeGreaterThan(3);
    expect(faulty(welcome)).toEqual([]);

    await beginAtHome(page);
    for (const [size, contrast] of [
      ['100%', false],
      ['200%', false],
      ['200%', true],
      ['100%', true],
    ] as const) {
      await tap(page, 'Accessibility');
      await page.getByRole('button', { name: size }).tap();
      const switchButton = page.getByRole('button', { name: /high contrast/i });
      if ((await switchButton.getAttribute('aria-pressed')) !== String(contrast)) {
        await switchButton.tap();
      }
      const panel = await ringsRound(page);
      await tap(page, 'Close');
      const home = await ringsRound(page);
      expect(home.length, `${size}, high contrast ${String(contrast)}`).toBeGreaterThan(8);
      expect(faulty([...panel, ...home]), `${size}, high contrast ${String(contrast)}`).toEqual([]);
    }
  },
);
