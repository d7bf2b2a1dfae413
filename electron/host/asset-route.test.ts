import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerAssets } from './asset-route.ts';

let dir: string;
let app: FastifyInstance;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-kiosk-assets-'));
  await mkdir(join(dir, 'assets'));
  app = Fastify();
  registerAssets(app, dir);
  // What create-server.ts registers after it: the rest of the built renderer.
  await app.register(fastifyStatic, {
    root: dir,
    index: false,
    wildcard: true,
    dotfiles: 'ignore',
  });
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('registerAssets', () => {
  it.each([
    ['index-Ab1_c.js', 'application/javascript; charset=utf-8'],
    ['index-Ab1_c.css', 'text/css; charset=utf-8'],
    ['face-400-Ab1.woff2', 'font/woff2'],
    ['face-400-Ab1.woff', 'font/woff'],
  ])('serves %s as %s', async (file, type) => {
    await writeFile(join(dir, 'assets', file), 'bytes');
    const res = await get(`/assets/${file}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).toBe('bytes');
  });

  it('keeps what it read: the file gone from disk is still served', async () => {
    await writeFile(join(dir, 'assets', 'index-A.js'), 'kept');
    await get('/assets/index-A.js');
    await unlink(join(dir, 'assets', 'index-A.js'));
    expect((await get('/assets/index-A.js')).body).toBe('kept');
  });

  it('answers a missing file with 404, and serves it once a build has put it there', async () => {
    expect((await get('/assets/index-B.js')).statusCode).toBe(404);
    await writeFile(join(dir, 'assets', 'index-B.js'), 'built');
    expect((await get('/assets/index-B.js')).body).toBe('built');
  });

  it('leaves other names to the static files: a dot-file stays hidden', async () => {
    await writeFile(join(dir, 'assets', 'icon.svg'), '<svg/>');
    await writeFile(join(dir, 'assets', '.env.js'), 'secret');
    expect((await get('/assets/icon.svg')).body).toBe('<svg/>');
    expect((await get('/assets/.env.js')).statusCode).toBe(404);
  });
});
