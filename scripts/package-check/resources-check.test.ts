import { describe, expect, it } from 'vitest';
import { judgeAppUpdate, judgeResourceFolder } from './resources-check.ts';

const publish = {
  provider: 'generic',
  url: 'https://updates.invalid/kiosk',
  publisherName: ['POST'],
};
const written = { ...publish, updaterCacheDirName: 'kiosk-updater' };

describe('judgeResourceFolder', () => {
  it('passes exactly the expected files', () => {
    expect(judgeResourceFolder(['b', 'a'], ['a', 'b']).ok).toBe(true);
  });

  it('names what is missing and what is extra', () => {
    const check = judgeResourceFolder(['a', 'app.asar.unpacked'], ['a', 'b']);
    expect(check.ok).toBe(false);
    expect(check.line).toContain('MISSING b; UNEXPECTED app.asar.unpacked');
  });
});

describe('judgeAppUpdate', () => {
  it('passes the publish settings as electron-builder writes them', () => {
    expect(judgeAppUpdate(written, publish).ok).toBe(true);
  });

  it('fails a missing file when publish is set, and any file when it is not', () => {
    expect(judgeAppUpdate(undefined, publish).ok).toBe(false);
    expect(judgeAppUpdate(written, undefined).ok).toBe(false);
    expect(judgeAppUpdate(undefined, undefined).ok).toBe(true);
  });

  it('fails another publisher, or a setting publish does not have', () => {
    const other = judgeAppUpdate({ ...written, publisherName: ['Someone'] }, publish);
    expect(other.line).toContain('publisherName is ["Someone"], not ["POST"]');
    expect(judgeAppUpdate({ ...written, owner: 'x' }, publish).line).toContain(
      'owner is not in publish',
    );
  });

  it('fails a URL that could resolve, even when publish names it', () => {
    const real = { ...publish, url: 'https://updates.example.gov/kiosk' };
    const check = judgeAppUpdate({ ...written, url: real.url }, real);
    expect(check.ok).toBe(false);
    expect(check.line).toContain('could reach a real server');
  });
});
