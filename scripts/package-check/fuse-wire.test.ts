import { describe, expect, it } from 'vitest';
import {
  expectedWire,
  FUSE_SENTINEL,
  fuseNames,
  judgeFuses,
  readFuseWire,
  standInWire,
  wireBytes,
} from './fuse-wire.ts';

// The shape TypeScript gives a numeric enum, as @electron/fuses's FuseV1Options has.
const options = {
  RunAsNode: 0,
  0: 'RunAsNode',
  2: 'OnlyLoadAppFromAsar',
  OnlyLoadAppFromAsar: 2,
  1: 'EnableCookieEncryption',
  EnableCookieEncryption: 1,
};
const names = ['runAsNode', 'enableCookieEncryption', 'onlyLoadAppFromAsar'];

describe('fuseNames', () => {
  it('lists the fuses in wire order, named as electron-builder.yml names them', () => {
    expect(fuseNames(options)).toEqual(names);
  });
});

describe('standInWire and expectedWire', () => {
  const settings = { runAsNode: false, enableCookieEncryption: true };

  it('starts every set fuse the other way, and the unset ones at 0', () => {
    expect(standInWire(names, settings)).toBe('100');
  });

  it('expects the set fuses as set and the unset ones as they were', () => {
    expect(expectedWire(names, settings, '101')).toBe('011');
  });

  it('ignores settings that are not booleans (resetAdHocDarwinSignature is not a fuse)', () => {
    expect(expectedWire(names, { runAsNode: 'no' }, '101')).toBe('101');
  });
});

describe('readFuseWire', () => {
  it('reads back the wire wireBytes wrote, wherever it sits in the file', () => {
    const file = Buffer.concat([
      Buffer.from('#!/bin/sh\n# '),
      wireBytes('0110'),
      Buffer.from('\n'),
    ]);
    expect(readFuseWire(file)).toBe('0110');
  });

  it('fails without a sentinel, or with a wire version it does not know', () => {
    expect(() => readFuseWire(Buffer.from('no wire here'))).toThrow(/no fuse sentinel/);
    const wrongVersion = Buffer.concat([
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([2, 1]),
      Buffer.from('0'),
    ]);
    expect(() => readFuseWire(wrongVersion)).toThrow(/version 2/);
  });
});

describe('judgeFuses', () => {
  const settings = { runAsNode: false, enableCookieEncryption: true };

  it('passes a wire flipped as electronFuses asks', () => {
    const checks = judgeFuses(names, settings, '100', '010');
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(checks).toHaveLength(1 + names.length);
  });

  it('fails a fuse left as the stand-in had it, and names it', () => {
    const checks = judgeFuses(names, settings, '100', '110');
    expect(checks[0]?.ok).toBe(false);
    expect(checks.filter((check) => !check.ok).map((check) => check.line.trim())).toEqual([
      expect.stringContaining('fuse wire read back'),
      'fuse runAsNode: 1 (set false)',
    ]);
  });

  it('fails a fuse nobody set that changed anyway, and a wire cut short', () => {
    expect(judgeFuses(names, settings, '100', '011')[3]?.ok).toBe(false);
    expect(judgeFuses(names, settings, '100', '01')[0]?.ok).toBe(false);
    expect(judgeFuses(names, settings, '100', '01')[3]?.line).toContain('missing');
  });
});
