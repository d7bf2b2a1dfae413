import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/fixtures.ts';
import { E2E_TARGET } from './support/target.ts';

/** A page on another origin of this machine, as any web page the kiosk's browser opened. */
async function foreignPage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>Other</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${String(port)}/`, server };
}

// The page carries no Cross-Origin-Opener-Policy (security-headers.ts says why): this is what
// stands in for it. A foreign page that opens the kiosk holds a window with a refusal in it.
test('a page on another site that opens the kiosk gets a refusal, not the kiosk', async ({
  kiosk,
  page,
  context,
}) => {
  test.skip(E2E_TARGET === 'electron', 'Electron opens no windows and loads no other site');
  const kioskUrl = (await kiosk.open()).url();
  const foreign = await foreignPage();
  try {
    const opener = await context.newPage();
    await opener.goto(foreign.url);
    const [popup] = await Promise.all([
      opener.waitForEvent('popup'),
      opener.evaluate((url) => void window.open(url, '_blank'), kioskUrl),
    ]);
    await popup.waitForLoadState();
    await expect(popup.locator('body')).toContainText('Requests from other web sites are refused');
    await expect(popup.locator('#root')).toHaveCount(0);
    // The kiosk's own page is untouched.
    await expect(page.getByRole('button', { name: 'Touch to begin' })).toBeVisible();
  } finally {
    await new Promise((resolve) => foreign.server.close(resolve));
  }
});
