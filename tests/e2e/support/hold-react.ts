import type { Page, Route } from '@playwright/test';

const REACT_CHUNK = /\/assets\/main-[\w-]+\.js$/;

/** Holds React's code back until `release` is called: the page runs on the shell's HTML alone. */
export async function holdReact(page: Page): Promise<() => Promise<void>> {
  let held: Route | undefined;
  let arrived: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(REACT_CHUNK, (route) => {
    held = route;
    arrived();
  });
  return async () => {
    await requested;
    await held!.continue();
  };
}
