import { sign } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from '../../../contract/content-schema.ts';
import type { Manifest } from '../../../contract/bundle-schema.ts';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../../contract/bundle-schema.ts';
import { writeBundleKeys } from '../../bundle/keygen.ts';
import { privateKeyFromPem } from '../../bundle/keys.ts';
import { resignBundle, signBundle } from '../../bundle/sign-bundle.ts';
import { makeContent } from '../../test-support/make-content.ts';

export const PASSPHRASE = 'correct horse battery';
export const APP_VERSION = '0.1.0';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SigningKey {
  keyId: string;
  privatePath: string;
  /** The policy's one line. */
  publicText: string;
}

export interface BundleFixture {
  /** A scratch folder: `bundle/` is the source, `keys/` the keys, `data/` a kiosk's data folder. */
  root: string;
  bundleDir: string;
  dataDir: string;
  key: SigningKey;
  /** Signs `content` as the next version with BUNDLE's signer; `now` is the signing time. */
  sign(options?: {
    content?: Content;
    key?: SigningKey;
    now?: number;
    expiresDays?: number;
    appVersion?: string;
  }): Promise<Manifest>;
  /** BUNDLE's `bundle resign`: the same version and hash, signed again at `now`. */
  resign(options: { now: number; expiresDays: number }): Promise<Manifest>;
  /** Edits manifest.json's text and signs the result with the fixture's key (node:crypto). */
  rewriteManifest(edit: (text: string) => string): Promise<void>;
  /** Another key pair, e.g. one the kiosk does not pin. */
  newKey(): Promise<SigningKey>;
  /** manifest.json and manifest.sig as they are now, to serve again later (a replay). */
  snapshot(): Promise<{ restore(): Promise<void> }>;
  read(name: string): Promise<Buffer>;
  write(name: string, bytes: Uint8Array | string): Promise<void>;
  remove(): Promise<void>;
}

/** A real bundle folder, signed by the bundle signer with real Ed25519 keys made for the test. */
export async function createBundleFixture(now: number): Promise<BundleFixture> {
  const root = await mkdtemp(join(tmpdir(), 'central-'));
  const bundleDir = join(root, 'bundle');
  let keys = 0;
  const newKey = async (): Promise<SigningKey> => {
    keys += 1;
    const written = await writeBundleKeys({
      outDir: join(root, `keys-${keys}`),
      passphrase: PASSPHRASE,
    });
    return {
      keyId: written.keyId,
      privatePath: written.privatePath,
      publicText: written.publicText,
    };
  };
  const key = await newKey();
  const snapshots = join(root, 'snapshots');
  let taken = 0;
  return {
    root,
    bundleDir,
    dataDir: join(root, 'data'),
    key,
    async sign(options = {}) {
      const signed = await signBundle({
        contentText: JSON.stringify(options.content ?? makeContent('Central')),
        keyPath: (options.key ?? key).privatePath,
        passphrase: PASSPHRASE,
        outDir: bundleDir,
        expiresDays: options.expiresDays ?? 30,
        now: () => options.now ?? now,
        appVersion: options.appVersion ?? APP_VERSION,
      });
      return signed.manifest;
    },
    resign: (options) =>
      resignBundle({
        keyPath: key.privatePath,
        passphrase: PASSPHRASE,
        outDir: bundleDir,
        expiresDays: options.expiresDays,
        now: () => options.now,
      }),
    async rewriteManifest(edit) {
      const text = edit(await readFile(join(bundleDir, MANIFEST_FILE), 'utf8'));
      const privateKey = privateKeyFromPem(
        await readFile(key.privatePath, 'utf8'),
        PASSPHRASE,
        'key',
      );
      await writeFile(join(bundleDir, MANIFEST_FILE), text);
      await writeFile(
        join(bundleDir, SIGNATURE_FILE),
        sign(null, Buffer.from(text, 'utf8'), privateKey),
      );
    },
    newKey,
    async snapshot() {
      taken += 1;
      const dir = join(snapshots, String(taken));
      for (const name of [MANIFEST_FILE, SIGNATURE_FILE]) {
        await cp(join(bundleDir, name), join(dir, name));
      }
      return {
        async restore() {
          for (const name of [MANIFEST_FILE, SIGNATURE_FILE]) {
            await cp(join(dir, name), join(bundleDir, name));
          }
        },
      };
    },
    read: (name) => readFile(join(bundleDir, name)),
    write: (name, bytes) => writeFile(join(bundleDir, name), bytes),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Content whose library phone is `phone`: what a test changes to tell versions apart. */
export function contentWithPhone(phone: string): Content {
  const content = makeContent('Central');
  const [program] = content.programs;
  const [unit] = program?.units ?? [];
  if (unit) unit.phone = phone;
  return content;
}

export const daysAgo = (now: number, days: number): number => now - days * DAY_MS;

export interface FolderFetch {
  /** Refuse connections, like a server that is down. */
  stopped: boolean;
  /** Files whose body breaks off after this many bytes, like a connection that drops. */
  cutAfter: Map<string, number>;
  requests: { url: string; headers: Headers }[];
}

/**
 * A fetch over a folder, as a static web server would serve it: what the URL source reads in
 * tests, every request recorded.
 */
export function folderFetch(dir: string): typeof fetch & FolderFetch {
  const state: FolderFetch = { stopped: false, cutAfter: new Map(), requests: [] };
  const serve = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    state.requests.push({ url: url.href, headers: new Headers(init?.headers) });
    if (fake.stopped) {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    }
    const name = url.pathname.split('/').pop() ?? '';
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
    const cut = fake.cutAfter.get(name);
    if (cut === undefined) return new Response(bytes, { status: 200 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, cut));
      },
      pull(controller) {
        controller.error(
          new TypeError('terminated', {
            cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
          }),
        );
      },
    });
    return new Response(body, { status: 200, headers: { 'content-length': String(bytes.length) } });
  };
  const fake = Object.assign(serve, state);
  return fake as unknown as typeof fetch & FolderFetch;
}
