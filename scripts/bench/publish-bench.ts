// Publish as staff meet it: through the core's contract on a real data folder, timed from the
// publishDraft call until the core has told its subscribers (validate, audit, durable write,
// revision, notify). The file system matters as much as the code: its name is printed too.
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_PROGRAMS } from '../../electron/contract/content-rules.ts';
import type { Content } from '../../electron/contract/content-schema.ts';
import { setPin } from '../../electron/core/admin/set-pin.ts';
import type { KioskCore } from '../../electron/core/kiosk-core-types.ts';
import { silentLogger } from '../../electron/core/logger.ts';
import { openKioskCore } from '../../electron/core/open-kiosk-core.ts';
import { spread, type Spread } from './stats.ts';

const PIN = '24681357';
const WARM_UP = 3;

export interface PublishFigures {
  defaultContent: Spread & { bytes: number };
  /** Publishing `programsWorth(content, 1000)`: 1,000 programs' text. */
  thousandPrograms: Spread & { bytes: number; programs: number };
  /** Where the data folder was: "ext4 on /", "tmpfs on /tmp". */
  fileSystem: string;
}

/**
 * The text of `count` programs made from `content`'s own, in as many programs as the content
 * rules allow (MAX_PROGRAMS): program k carries the descriptions of copies k, k + MAX_PROGRAMS,
 * and so on, so the whole is as large as `count` programs and still passes every rule. Each
 * has its own program and unit ids and a numbered title.
 */
export function programsWorth(content: Content, count: number): Content {
  const slots = Math.min(count, MAX_PROGRAMS);
  const baseOf = (i: number) => content.programs[i % content.programs.length]!;
  const programs = Array.from({ length: slots }, (_, k) => {
    const base = baseOf(k);
    const n = String(k + 1);
    const copies = Array.from({ length: Math.ceil((count - k) / slots) }, (_, c) => k + c * slots);
    return {
      ...base,
      id: `${base.id}-${n}`,
      title: {
        en: `${base.title.en} ${n}`,
        es: base.title.es === '' ? '' : `${base.title.es} ${n}`,
      },
      description: copies.flatMap((i) => baseOf(i).description),
      units: base.units.map((unit) => ({ ...unit, id: `${unit.id}-${n}` })),
    };
  });
  return { ...content, programs };
}

/** `content` with one staff edit: the first program's English title, marked with `mark`. */
export function editedCopy(content: Content, mark: string): Content {
  const [first, ...rest] = content.programs;
  if (first === undefined) return content;
  return {
    ...content,
    programs: [{ ...first, title: { ...first.title, en: `${first.title.en} ${mark}` } }, ...rest],
  };
}

/** The file system of the mount that holds `path`, from a /proc/mounts text: "ext4 on /". */
export function fileSystemIn(mounts: string, path: string): string {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (rawPoint === undefined || type === undefined) continue;
    // /proc/mounts writes a space in a mount point as \040.
    const point = rawPoint.replace(/\\040/g, ' ');
    const holds = point === '/' || path === point || path.startsWith(point + sep);
    if (holds && (best === null || point.length > best.point.length)) best = { point, type };
  }
  return best === null ? 'unknown' : `${best.type} on ${best.point}`;
}

async function fileSystemOf(path: string): Promise<string> {
  const mounts = await readFile('/proc/mounts', 'utf8').catch(() => null);
  return mounts === null
    ? `unknown (${process.platform})`
    : fileSystemIn(mounts, await realpath(path));
}

/** The next contentChanged the core sends. */
function nextChange(core: KioskCore): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.subscribe((event) => {
      if (event.name !== 'contentChanged') return;
      stop();
      resolve();
    });
  });
}

/**
 * Milliseconds per publish of `content`, `runs` times (after a few not counted), on a new data
 * folder under `root` whose first content is `content` itself. Drafts alternate between an
 * edited copy and `content`, so each publish is a one-line change; saving the draft is not timed.
 */
export async function publishTimes(
  root: string,
  content: Content,
  runs: number,
): Promise<number[]> {
  const dataDir = join(root, 'data');
  const defaultContentPath = join(root, 'default-content.json');
  await writeFile(defaultContentPath, JSON.stringify(content));
  const log = silentLogger;
  await setPin({ dataDir, pin: PIN, log, now: Date.now, platform: process.platform });
  const core = await openKioskCore({ dataDir, defaultContentPath, log });
  try {
    const { token } = await core.invoke('adminSignIn', { pin: PIN });
    const edited = editedCopy(content, '(edited)');
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + runs; i += 1) {
      await core.invoke('saveDraft', { token, content: i % 2 === 0 ? edited : content });
      const changed = nextChange(core);
      const start = performance.now();
      await core.invoke('publishDraft', { token, initials: 'PB' });
      await changed;
      if (i >= WARM_UP) times.push(performance.now() - start);
    }
    return times;
  } finally {
    await core.close();
  }
}

const bytesOf = (content: Content) => Buffer.byteLength(JSON.stringify(content), 'utf8');

/** Publish times on `content` and on 1,000 programs' text made from it, each on a new folder. */
export async function publishFigures(content: Content, runs = 60): Promise<PublishFigures> {
  const root = await mkdtemp(join(tmpdir(), 'asb-kiosk-publish-'));
  try {
    const fileSystem = await fileSystemOf(root);
    const small = join(root, 'default');
    const large = join(root, 'thousand');
    await Promise.all([mkdir(small), mkdir(large)]);
    const thousand = programsWorth(content, 1000);
    return {
      defaultContent: {
        ...spread(await publishTimes(small, content, runs)),
        bytes: bytesOf(content),
      },
      thousandPrograms: {
        ...spread(await publishTimes(large, thousand, runs)),
        bytes: bytesOf(thousand),
        programs: thousand.programs.length,
      },
      fileSystem,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
