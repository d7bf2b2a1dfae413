import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererPath } from './renderer-path.ts';

const ROOT = resolve('/opt/kiosk/dist/renderer');

describe('app:// maps onto the built renderer', () => {
  it.each([
    ['app://kiosk/', 'index.html'],
    ['app://kiosk/index.html', 'index.html'],
    ['app://kiosk/assets/index-BXmyHHmq.js', 'assets/index-BXmyHHmq.js'],
    ['app://kiosk/assets/a%20b.css', 'assets/a b.css'],
    ['app://kiosk/assets/?v=1#top', 'assets/index.html'],
  ])('%s -> %s', (url, file) => {
    expect(resolveRendererPath(url, ROOT)).toEqual({ kind: 'file', path: join(ROOT, file) });
  });

  it('serves the reception-desk page from code', () => {
    expect(resolveRendererPath('app://kiosk/__unavailable', ROOT).kind).toBe('built-in');
    expect(resolveRendererPath('app://kiosk/__unavailable.css', ROOT).kind).toBe('built-in');
  });
});

describe('the traversal guard refuses anything outside the renderer folder', () => {
  it.each([
    'app://kiosk/..%2f..%2fetc%2fpasswd',
    'app://kiosk/assets/..%2F..%2F..%2Fetc/passwd',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/%252e%252e/secret.txt',
    'app://kiosk/..%5c..%5cWindows%5cwin.ini',
    'app://kiosk/C:%5cWindows%5cwin.ini',
    'app://kiosk/%2fetc%2fpasswd',
    'app://kiosk//etc/passwd',
    'app://kiosk/assets/%00.js',
    'app://kiosk/%E0%A4%A',
    'app://evil/index.html',
    'app://kiosk.evil/index.html',
    'app://user@kiosk/index.html',
    'file:///etc/passwd',
    'https://kiosk/index.html',
    'not a url',
  ])('%s', (url) => {
    expect(resolveRendererPath(url, ROOT).kind).toBe('refused');
  });

  it('lets the URL parser fold plain and encoded dots, and still stays inside', () => {
    for (const url of ['app://kiosk/../../etc/passwd', 'app://kiosk/%2e%2e/%2e%2e/etc/passwd']) {
      const target = resolveRendererPath(url, ROOT);
      expect(target).toEqual({ kind: 'file', path: join(ROOT, 'etc/passwd') });
    }
  });
});
