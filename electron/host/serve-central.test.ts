import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpRoute } from '../contract/wire.ts';
import {
  contentWithPhone,
  createBundleFixture,
  type BundleFixture,
} from '../core/central/test-support/bundle-fixture.ts';
import { POLICY_FILE_ENV } from '../core/index.ts';
import { makeRendererDir } from './test-support/renderer-fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

let bundle: BundleFixture;
let renderer: Awaited<ReturnType<typeof makeRendererDir>>;
let bundleServer: Server;
let child: ChildProcess | undefined;
beforeEach(async () => {
  bundle = await createBundleFixture(Date.now());
  renderer = await makeRendererDir();
  // A loopback web server over the bundle folder, as IT's IIS or nginx would serve it.
  bundleServer = createServer((request, response) => {
    readFile(join(bundle.bundleDir, basename(request.url ?? '/')))
      .then((bytes) => response.end(bytes))
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((done) => bundleServer.listen(0, '127.0.0.1', done));
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = undefined;
  bundleServer.closeAllConnections();
  await new Promise<void>((done) => bundleServer.close(() => done()));
  await renderer.remove();
  await bundle.remove();
});

/** `npm run serve` with IT's policy, without the proxy variables of whoever runs the tests. */
async function serveWithPolicy(policy: unknown): Promise<string> {
  const policyFile = join(bundle.root, 'policy.json');
  await writeFile(policyFile, JSON.stringify(policy));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(https?|no|all)_proxy$/i.test(name)),
  );
  child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', 'electron/host/serve.ts', '--port', '0'],
      ...['--data-dir', bundle.dataDir, '--renderer-dir', renderer.dir],
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, [POLICY_FILE_ENV]: policyFile },
    },
  );
  child.stderr!.resume();
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child!.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return url;
}

const publishedPhone = async (url: string) => {
  const answer = await fetch(new URL(httpRoute('getPublishedContent'), url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const { output } = (await answer.json()) as {
    output: { content: ReturnType<typeof contentWithPhone> };
  };
  return output.content.programs[0]?.units[0]?.phone;
};

describe('npm run serve with a central source', () => {
  it('applies the signed bundle a web server offers, with central in the heartbeat', async () => {
    await bundle.sign({ content: contentWithPhone('(916) 555-0166') });
    const location = `http://127.0.0.1:${(bundleServer.address() as AddressInfo).port}/`;

    const url = await serveWithPolicy({
      contentSource: { location, publicKeys: [bundle.key.publicText], checkEverySeconds: 1 },
    });

    await vi.waitFor(
      async () =>
        expect(
          JSON.parse(await readFile(join(bundle.dataDir, 'heartbeat.json'), 'utf8')),
        ).toMatchObject({ central: { location, reason: null } }),
      { timeout: 10_000, interval: 100 },
    );
    await vi.waitFor(async () => expect(await publishedPhone(url)).toBe('(916) 555-0166'), {
      timeout: 15_000,
      interval: 200,
    });
  }, 30_000);
});
