import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createProcessProbe } from './process-identity.ts';

const BOOT = '8550a5d3-57fd-4e61-ab71-21092e971366';
const stat = (pid: number, state: string, start: number) =>
  `${pid} (kiosk (main) x) ${state} 1 1 1 0 -1 4194304 127 0 0 0 0 0 0 0 20 0 1 0 ${start} 3133440 393`;

/** /proc as a Linux machine shows it, with the processes given. */
function fakeProc(processes: Record<number, string>) {
  return async (path: string): Promise<string> => {
    if (path === '/proc/sys/kernel/random/boot_id') return `${BOOT}\n`;
    const pid = Number(/^\/proc\/(\d+)\/stat$/.exec(path)?.[1]);
    const found = processes[pid];
    if (found === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return found;
  };
}

describe('createProcessProbe on Linux', () => {
  it('names this process by boot and start time, and finds it running', async () => {
    const probe = createProcessProbe({ platform: 'linux' });
    const me = await probe.self();
    expect(me).toMatchObject({
      pid: process.pid,
      process: expect.stringMatching(/^linux:.+:\d+$/),
    });
    expect(await probe.isRunning(me)).toBe(true);
  });

  it('finds a process that has ended gone', async () => {
    const probe = createProcessProbe({ platform: 'linux' });
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    const me = await probe.self();
    expect(await probe.isRunning({ pid: pid!, process: me.process })).toBe(false);
  });

  it('tells a reused process id from the process that wrote the lock', async () => {
    const probe = createProcessProbe({
      platform: 'linux',
      readText: fakeProc({ 4321: stat(4321, 'S', 9_999) }),
    });
    expect(await probe.isRunning({ pid: 4321, process: `linux:${BOOT}:9999` })).toBe(true);
    expect(await probe.isRunning({ pid: 4321, process: `linux:${BOOT}:1234` })).toBe(false);
    expect(await probe.isRunning({ pid: 4321, process: 'linux:an-earlier-boot:9999' })).toBe(false);
  });

  it('finds a zombie gone: it has ended, only its parent has not heard', async () => {
    const probe = createProcessProbe({
      platform: 'linux',
      readText: fakeProc({ 4321: stat(4321, 'Z', 9_999) }),
    });
    expect(await probe.isRunning({ pid: 4321, process: `linux:${BOOT}:9999` })).toBe(false);
  });
});

describe('createProcessProbe where there is no /proc (Windows, macOS)', () => {
  const at = Date.parse('2026-11-23T19:40:00Z');
  const probeAt = (now: number, uptimeSeconds: number, running: number[]) =>
    createProcessProbe({
      platform: 'win32',
      now: () => now,
      uptimeSeconds: () => uptimeSeconds,
      pidExists: (pid) => running.includes(pid),
    });

  it('names the process by the computer’s boot time, to the minute', async () => {
    const me = await probeAt(at, 3_600, []).self();
    expect(me.process).toBe('boot:2026-11-23T18:40:00.000Z');
  });

  it('finds the owner running while its id is taken and the computer has not restarted', async () => {
    const owner = { pid: 4321, process: 'boot:2026-11-23T18:40:00.000Z' };
    // An hour later, the same boot: the uptime grew with the clock.
    expect(await probeAt(at + 3_600_000, 7_200, [4321]).isRunning(owner)).toBe(true);
    expect(await probeAt(at + 3_600_000, 7_200, []).isRunning(owner)).toBe(false);
  });

  it('finds the owner gone after a restart, even when its id is taken again', async () => {
    const owner = { pid: 4321, process: 'boot:2026-11-23T18:40:00.000Z' };
    expect(await probeAt(at + 3_600_000, 300, [4321]).isRunning(owner)).toBe(false);
  });

  it('finds an owner it cannot name gone', async () => {
    expect(await probeAt(at, 60, [4321]).isRunning({ pid: 4321, process: 'unknown' })).toBe(false);
  });
});
