/** Electron supports its latest three stable majors; older ones get no more security fixes. */
export const SUPPORTED_MAJORS = 3;

export interface ElectronReleases {
  /** Every published version (`npm view electron versions`), prereleases included. */
  versions: readonly string[];
  /** The `latest` dist-tag: the newest stable release. */
  latest: string;
}

export interface ElectronAdvice {
  pinned: string;
  /** The newest stable patch of the pinned major, when newer than the pin. */
  newerPatch?: string;
  /** The newest stable major, when newer than the pinned one. */
  newerMajor?: number;
  /** Whether the pinned major is still among the supported ones. */
  supported: boolean;
}

type Triple = [number, number, number];

function parseStable(version: string): Triple | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Compares the exact pin in package.json with what Electron has released. */
export function adviseOnElectron(pinned: string, releases: ElectronReleases): ElectronAdvice {
  const pin = parseStable(pinned);
  if (pin === undefined) {
    throw new Error(`package.json must pin electron to one exact version, not "${pinned}"`);
  }
  const latest = parseStable(releases.latest);
  if (latest === undefined) {
    throw new Error(`Electron's latest dist-tag is not a stable version: "${releases.latest}"`);
  }
  const newestOfMajor = releases.versions
    .map(parseStable)
    .filter((v): v is Triple => v !== undefined && v[0] === pin[0] && compare(v, pin) > 0)
    .sort(compare)
    .at(-1);
  return {
    pinned,
    ...(newestOfMajor === undefined ? {} : { newerPatch: newestOfMajor.join('.') }),
    ...(latest[0] > pin[0] ? { newerMajor: latest[0] } : {}),
    supported: pin[0] > latest[0] - SUPPORTED_MAJORS,
  };
}

/** What to do about the advice, one line each. */
export function describeElectronAdvice(advice: ElectronAdvice): string[] {
  const major = Number(advice.pinned.split('.')[0]);
  const lines: string[] = [];
  if (advice.newerPatch === undefined) {
    lines.push(`Electron ${advice.pinned} is the newest release of Electron ${major}.`);
  } else {
    lines.push(
      `Electron ${advice.newerPatch} is out (pinned: ${advice.pinned}); take it now, patch ` +
        `releases carry security fixes: npm install --save-dev --save-exact electron@${advice.newerPatch}`,
    );
  }
  if (advice.newerMajor === undefined) {
    lines.push(`Electron ${major} is the newest major.`);
  } else if (advice.supported) {
    lines.push(
      `Electron ${advice.newerMajor} is out; ${major} is supported until ` +
        `${major + SUPPORTED_MAJORS} ships (Electron supports its latest ${SUPPORTED_MAJORS} ` +
        `majors): plan the move to ${advice.newerMajor}.`,
    );
  } else {
    lines.push(
      `Electron ${major} is no longer supported (only the latest ${SUPPORTED_MAJORS} majors, up ` +
        `to ${advice.newerMajor}, get security fixes): move to ${advice.newerMajor} now.`,
    );
  }
  return lines;
}
