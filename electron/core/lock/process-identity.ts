import { readFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import { systemNow, type Now } from '../clock.ts';

/** Who holds a lock: enough to tell, later, whether that very process still runs. */
export interface LockOwner {
  pid: number;
  /**
   * Which process of that id: on Linux `linux:<boot id>:<start time in clock ticks>` from
   * /proc, which a reused id never matches; elsewhere `boot:<boot time, to the minute>`.
   */
  process: string;
  /** The program, for people: "node", "ASB Lobby Kiosk". */
  program: string;
  host: string;
  /** When the process started (ISO 8601), for people. */
  startedAt: string;
}

export interface ProcessProbe {
  self(): Promise<LockOwner>;
  /** Whether `owner` still runs on this computer (the caller checks the host). */
  isRunning(owner: Pick<LockOwner, 'pid' | 'process'>): Promise<boolean>;
}

type ReadText = (path: string) => Promise<string>;

export interface ProbeOptions {
  platform: NodeJS.Platform;
  /** For tests: /proc as another machine would show it. */
  readText?: ReadText;
  /** For tests: whether a process id is taken (process.kill(pid, 0)). */
  pidExists?: (pid: number) => boolean;
  /** Epoch milliseconds. */
  now?: Now;
  /** Seconds since the computer started (os.uptime). */
  uptimeSeconds?: () => number;
}

// Boot times computed from the clock and the uptime drift with clock corrections; a restart
// moves them by at least the time the computer took to start again.
const BOOT_SLACK_MS = 2 * 60_000;

/**
 * Tells whether the process a lock names still runs, without waiting on the lock's age: a kiosk
 * killed a moment ago is replaced at once. On Linux the process's start time in /proc makes
 * the answer exact, a reused process id included. Elsewhere (Windows, macOS) Node offers no
 * process start time without running another program, so the best effort is: the id is taken,
 * and the computer has not restarted since the lock was written (its boot time, from the
 * uptime). A reused id after no restart is then taken for the kiosk, and the lock's message
 * names the process so IT can see it is not.
 */
export function createProcessProbe(options: ProbeOptions): ProcessProbe {
  const read: ReadText = options.readText ?? ((path) => readFile(path, 'utf8'));
  const pidExists = options.pidExists ?? defaultPidExists;
  const now = options.now ?? systemNow;
  const uptimeSeconds = options.uptimeSeconds ?? uptime;
  const bootMinute = (): string => minute(now() - uptimeSeconds() * 1000);

  const linuxIdentity = async (pid: number): Promise<string | null> => {
    try {
      const [boot, stat] = await Promise.all([
        read('/proc/sys/kernel/random/boot_id'),
        read(`/proc/${pid}/stat`),
      ]);
      // A zombie has ended; only its parent has yet to hear of it.
      if (/^[ZX]$/.test(field(stat, 3))) return null;
      return `linux:${boot.trim()}:${field(stat, 22)}`;
    } catch {
      return null;
    }
  };

  return {
    async self() {
      const linux = options.platform === 'linux' ? await linuxIdentity(process.pid) : null;
      return {
        pid: process.pid,
        process: linux ?? `boot:${bootMinute()}`,
        program: basename(process.execPath).replace(/\.exe$/i, ''),
        host: hostname(),
        startedAt: new Date(now() - process.uptime() * 1000).toISOString(),
      };
    },
    async isRunning(owner) {
      if (owner.process.startsWith('linux:')) {
        return (await linuxIdentity(owner.pid)) === owner.process;
      }
      const boot = /^boot:(.+)$/.exec(owner.process)?.[1];
      if (boot === undefined) return false;
      const sameBoot = Math.abs(Date.parse(boot) - Date.parse(bootMinute())) <= BOOT_SLACK_MS;
      return sameBoot && pidExists(owner.pid);
    },
  };
}

/** A numbered field of /proc/<pid>/stat; the name (field 2) may hold spaces and parentheses. */
function field(stat: string, number: number): string {
  const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // What follows the name starts at field 3.
  const value = after[number - 3];
  if (value === undefined || value === '') throw new Error(`no field ${number} in /proc stat`);
  return value;
}

function minute(ms: number): string {
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString();
}

function defaultPidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another account.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
