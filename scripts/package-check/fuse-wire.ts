import type { Check } from './check.ts';

/** Where Electron's binary keeps its fuse wire: this string, a version byte, a length byte. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_VERSION = 1;

/** electron-builder.yml's `electronFuses`: fuse name (camelCase) to its setting. */
export type FuseSettings = Record<string, unknown>;

/**
 * The fuses in wire order, named as electron-builder.yml names them, from @electron/fuses's
 * FuseV1Options (a numeric TypeScript enum: `RunAsNode` <-> 0 and back).
 */
export function fuseNames(options: Record<string, string | number>): string[] {
  return Object.entries(options)
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, name]) => String(name).charAt(0).toLowerCase() + String(name).slice(1));
}

const setting = (settings: FuseSettings, name: string): boolean | undefined =>
  typeof settings[name] === 'boolean' ? settings[name] : undefined;

/**
 * The wire the stand-in starts with: every fuse the config sets starts the other way, so a wire
 * that matches afterwards was flipped by electron-builder, not born right.
 */
export function standInWire(names: string[], settings: FuseSettings): string {
  return names.map((name) => (setting(settings, name) === false ? '1' : '0')).join('');
}

/** What the wire must read after packaging: each set fuse as set, the rest untouched. */
export function expectedWire(names: string[], settings: FuseSettings, before: string): string {
  return names
    .map((name, i) => {
      const value = setting(settings, name);
      return value === undefined ? before[i] : value ? '1' : '0';
    })
    .join('');
}

/** The bytes @electron/fuses looks for: sentinel, version 1, length, one ASCII 0/1 per fuse. */
export function wireBytes(wire: string): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([WIRE_VERSION, wire.length]),
    Buffer.from(wire, 'latin1'),
  ]);
}

/** Reads the wire back the way @electron/fuses reads it; throws when there is none. */
export function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at === -1) throw new Error('no fuse sentinel in the packed executable');
  const start = at + FUSE_SENTINEL.length;
  if (binary[start] !== WIRE_VERSION) {
    throw new Error(`fuse wire version ${String(binary[start])}, not ${WIRE_VERSION}`);
  }
  const length = binary[start + 1] ?? 0;
  return binary.toString('latin1', start + 2, start + 2 + length);
}

/** One check for the whole wire, then one line per fuse so a failure names the fuse. */
export function judgeFuses(
  names: string[],
  settings: FuseSettings,
  before: string,
  after: string,
): Check[] {
  const expected = expectedWire(names, settings, before);
  const perFuse = names.map((name, i): Check => {
    const value = setting(settings, name);
    const wanted = value === undefined ? `not set, stays ${before[i]}` : `set ${String(value)}`;
    return {
      ok: after[i] === expected[i],
      line: `  fuse ${name}: ${after[i] ?? 'missing'} (${wanted})`,
    };
  });
  return [
    {
      ok: after === expected,
      line:
        `fuse wire read back from the packed stand-in: ${after} ` +
        `(started ${before}, electronFuses asks ${expected})`,
    },
    ...perFuse,
  ];
}
