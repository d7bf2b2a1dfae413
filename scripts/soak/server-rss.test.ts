import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findProcessWithArg, parseRssMb, rssMb } from './server-rss.ts';

describe('parseRssMb', () => {
  it('reads VmRSS in MB', () => {
    expect(parseRssMb('Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n')).toBe(100);
  });

  it('refuses a status without VmRSS', () => {
    expect(() => parseRssMb('Name:\tnode\n')).toThrow(/VmRSS/);
  });
});

describe.runIf(process.platform === 'linux')('findProcessWithArg', () => {
  it('finds the one process started with an argument, and its RSS', async () => {
    const mark = `server-rss-test-${randomUUID()}`;
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', mark], {
      stdio: 'ignore',
    });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(await findProcessWithArg(mark)).toBe(child.pid);
      expect(await rssMb(child.pid!)).toBeGreaterThan(1);
    } finally {
      child.kill();
    }
  });

  it('refuses an argument no process has', async () => {
    await expect(findProcessWithArg(`absent-${randomUUID()}`)).rejects.toThrow(/found 0/);
  });
});
