import { describe, expect, it } from 'vitest';
import { judgeAppAsar, packageOf, type AppAsar } from './asar-contents.ts';

const main = Buffer.from('main');
const page = Buffer.from('<html>');
const app = (change: Partial<AppAsar> = {}): AppAsar => ({
  packed: ['/dist/electron/main.js', '/dist/renderer/index.html', '/package.json'],
  wanted: [
    { path: '/dist/electron/main.js', bytes: main },
    { path: '/dist/renderer/index.html', bytes: page },
    { path: '/package.json' },
  ],
  essential: ['/dist/electron/main.js'],
  dependencies: ['zod'],
  readPacked: (path) => (path.endsWith('main.js') ? main : page),
  ...change,
});
const failures = (change: Partial<AppAsar>) =>
  judgeAppAsar(app(change))
    .filter((check) => !check.ok)
    .map((check) => check.line);

describe('packageOf', () => {
  it('names the package a node_modules path belongs to, scoped or not', () => {
    expect(packageOf('/node_modules/zod/index.js')).toBe('zod');
    expect(packageOf('/node_modules/@fastify/static/lib/x.js')).toBe('@fastify/static');
    expect(packageOf('/dist/node_modules/x.js')).toBeUndefined();
  });
});

describe('judgeAppAsar', () => {
  it('passes the build, byte for byte, and nothing else', () => {
    expect(failures({})).toEqual([]);
    expect(judgeAppAsar(app())[0]?.line).toContain(
      'dist/electron (1), dist/renderer (1), package.json (1)',
    );
  });

  it('fails node_modules, naming the packages and the dependencies that pulled them in', () => {
    const packed = [...app().packed, '/node_modules/zod/a.js', '/node_modules/@a/b/c.js'];
    expect(failures({ packed })).toEqual([
      expect.stringMatching(
        /2 files of node_modules from 2 packages \(@a\/b, zod\).*dependencies pull them in: zod/,
      ),
    ]);
  });

  it('fails a built file that is missing, or packed with other bytes', () => {
    expect(failures({ packed: ['/dist/electron/main.js', '/package.json'] })).toEqual([
      expect.stringContaining('MISSING /dist/renderer/index.html'),
    ]);
    expect(failures({ readPacked: () => Buffer.from('stale') })).toEqual([
      expect.stringContaining(
        'DIFFERS from dist/: /dist/electron/main.js, /dist/renderer/index.html',
      ),
    ]);
  });

  it('fails when an entry point was never built, even if nothing else is amiss', () => {
    expect(failures({ essential: ['/dist/electron/preload.cjs'] })).toEqual([
      expect.stringContaining('MISSING /dist/electron/preload.cjs'),
    ]);
  });

  it('fails a file nobody asked for, outside node_modules too', () => {
    expect(failures({ packed: [...app().packed, '/src/secret.ts'] })).toEqual([
      expect.stringContaining('does not name: /src/secret.ts'),
    ]);
  });
});
