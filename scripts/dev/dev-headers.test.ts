import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../electron/contract/security-headers.ts';
import { devContentSecurityPolicy, devSecurityHeaders } from './dev-headers.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const origins = ['http://127.0.0.1:5173', 'http://localhost:5173'];
const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d]));

describe('the dev server headers', () => {
  it('leave the shells’ production headers as they were', () => {
    const before = structuredClone(SECURITY_HEADERS);
    devSecurityHeaders(origins);
    expect(SECURITY_HEADERS).toEqual(before);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wss?:/);
  });

  it('add inline script and style and the HMR websocket, and nothing else', () => {
    const dev = directives(devContentSecurityPolicy(origins));
    const production = directives(CONTENT_SECURITY_POLICY);
    expect([...dev.keys()]).toEqual([...production.keys()]);
    expect(dev.get('script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(dev.get('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe(
      "connect-src 'self' ws://127.0.0.1:5173 ws://localhost:5173",
    );
    for (const name of production.keys()) {
      if (!['script-src', 'style-src', 'connect-src'].includes(name!)) {
        expect(dev.get(name)).toBe(production.get(name));
      }
    }
  });

  it('keep every other security header and leave caching to Vite', () => {
    const headers = devSecurityHeaders(origins);
    expect(headers['Cache-Control']).toBeUndefined();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (name !== 'Cache-Control' && name !== 'Content-Security-Policy') {
        expect(headers[name]).toBe(value);
      }
    }
  });

  it('live only in scripts/dev: no shell or renderer file relaxes the CSP', async () => {
    const files = [
      ...(await readdir(join(repo, 'electron'), { recursive: true })).map((f) => `electron/${f}`),
      ...(await readdir(join(repo, 'renderer'), { recursive: true })).map((f) => `renderer/${f}`),
      'vite.config.ts',
    ].filter((file) => /\.(ts|tsx|html)$/.test(file) && !/\.test\.tsx?$/.test(file));
    const relaxing: string[] = [];
    for (const file of files) {
      if ((await readFile(join(repo, file), 'utf8')).includes("'unsafe-inline'")) {
        relaxing.push(file);
      }
    }
    expect(relaxing).toEqual([]);
  });
});
