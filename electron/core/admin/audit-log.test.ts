import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { durableWriteProblems } from '../test-support/durable-write-check.ts';
import { createRecordingLogger } from '../test-support/recording-logger.ts';
import { createScriptedFs } from '../test-support/scripted-fs.ts';
import { AUDIT_FILE, createAuditLog, type AuditRecord } from './audit-log.ts';

let dataDir: string;
let clock: number;
const log = createRecordingLogger();
const open = () => createAuditLog({ dataDir, now: () => clock, log });
beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'audit-log-')), 'data');
  clock = Date.UTC(2026, 10, 24, 9, 30);
  log.lines.length = 0;
});
afterEach(async () => {
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

const lines = async () =>
  (await readFile(join(dataDir, AUDIT_FILE), 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);

describe('createAuditLog', () => {
  it('appends one JSON line per action, stamped with the time, creating the folder', async () => {
    const audit = open();
    await audit.append({ action: 'sign-in' });
    clock += 60_000;
    await audit.append({ action: 'publish', initials: 'JD', detail: 'Revision 3' });
    expect(await lines()).toEqual([
      { time: '2026-11-24T09:30:00.000Z', action: 'sign-in' },
      { time: '2026-11-24T09:31:00.000Z', action: 'publish', initials: 'JD', detail: 'Revision 3' },
    ]);
  });

  it('keeps what earlier runs wrote: it only ever appends', async () => {
    await open().append({ action: 'pin-set' });
    await open().append({ action: 'sign-in' });
    expect((await lines()).map((line) => (line as AuditRecord).action)).toEqual([
      'pin-set',
      'sign-in',
    ]);
  });

  it('writes only the known fields, whatever a caller passes', async () => {
    const record = { action: 'sign-in', pin: '123456' } as AuditRecord;
    await open().append(record);
    const text = await readFile(join(dataDir, AUDIT_FILE), 'utf8');
    expect(text).not.toContain('123456');
    expect(text).not.toContain('pin"');
  });

  it('keeps lines whole and in order when many appends come at once', async () => {
    const audit = open();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => audit.append({ action: 'sign-in', detail: `n${i}` })),
    );
    expect((await lines()).map((line) => (line as AuditRecord).detail)).toEqual(
      Array.from({ length: 50 }, (_, i) => `n${i}`),
    );
  });

  it('reads back newest first, a page at a time', async () => {
    const audit = open();
    for (let i = 1; i <= 7; i++) await audit.append({ action: 'sign-in', detail: `n${i}` });
    const first = await audit.read({ limit: 3 });
    expect(first.entries.map((entry) => [entry.id, entry.detail])).toEqual([
      [7, 'n7'],
      [6, 'n6'],
      [5, 'n5'],
    ]);
    expect(first.nextBefore).toBe(5);
    const second = await audit.read({ before: 5, limit: 3 });
    expect(second.entries.map((entry) => entry.id)).toEqual([4, 3, 2]);
    const last = await audit.read({ before: second.nextBefore ?? 0, limit: 3 });
    expect(last).toEqual({
      entries: [{ id: 1, time: '2026-11-24T09:30:00.000Z', action: 'sign-in', detail: 'n1' }],
      nextBefore: null,
    });
  });

  it('reads 50 lines a page unless asked otherwise, and nothing from a log not yet begun', async () => {
    const audit = open();
    expect(await audit.read()).toEqual({ entries: [], nextBefore: null });
    for (let i = 0; i < 60; i++) await audit.append({ action: 'sign-in' });
    const page = await audit.read();
    expect(page.entries).toHaveLength(50);
    expect(page.nextBefore).toBe(11);
  });

  it('skips a torn or foreign line, says so in the log, and reads the rest', async () => {
    const audit = open();
    await audit.append({ action: 'sign-in' });
    const path = join(dataDir, AUDIT_FILE);
    await writeFile(path, `${await readFile(path, 'utf8')}{"time": "2026-11-2\n{"action":"x"}\n`);
    await audit.append({ action: 'sign-out' });
    const page = await audit.read();
    expect(page.entries.map((entry) => [entry.id, entry.action])).toEqual([
      [4, 'sign-out'],
      [1, 'sign-in'],
    ]);
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message: `The audit log ${path} has 2 unreadable line(s); they were skipped.`,
      },
    ]);
  });

  it('says in plain words when the log cannot be written', async () => {
    await writeFile(join(dataDir, '..', 'blocker'), '');
    const audit = createAuditLog({
      dataDir: join(dataDir, '..', 'blocker'),
      now: () => clock,
      log,
    });
    await expect(audit.append({ action: 'sign-in' })).rejects.toThrow(
      'Could not add to the audit log',
    );
  });

  it('never appends through a link: a linked audit.jsonl is refused and what it points at is untouched', async () => {
    await mkdir(dataDir, { recursive: true });
    const elsewhere = join(dataDir, '..', 'not-the-kiosk.txt');
    await writeFile(elsewhere, "someone else's file\n");
    await symlink(elsewhere, join(dataDir, AUDIT_FILE));
    await expect(open().append({ action: 'publish', initials: 'JD' })).rejects.toThrow(
      'it is a link to another file, which the kiosk never writes through (ELOOP)',
    );
    expect(await readFile(elsewhere, 'utf8')).toBe("someone else's file\n");
  });

  it('appends to a plain file only: a folder in its place is refused', async () => {
    await mkdir(join(dataDir, AUDIT_FILE), { recursive: true });
    await expect(open().append({ action: 'sign-in' })).rejects.toThrow(
      'it is a folder, not a file (EISDIR)',
    );
  });

  it('writes every line of one call with one fsync, and fsyncs the folder of a new log', async () => {
    const fs = createScriptedFs();
    const audit = createAuditLog({ dataDir, now: () => clock, log, fs, platform: 'linux' });
    await audit.append({ action: 'publish', initials: 'JD' }, { action: 'settings-changed' });
    const path = join(dataDir, AUDIT_FILE);
    expect(fs.calls.filter((call) => call.path === path || call.path === dataDir)).toEqual([
      { op: 'mkdir', path: dataDir },
      { op: 'exists', path },
      { op: 'open', path },
      { op: 'write', path },
      { op: 'sync', path },
      { op: 'close', path },
      { op: 'open', path: dataDir },
      { op: 'sync', path: dataDir },
      { op: 'close', path: dataDir },
    ]);
    expect((await lines()).map((line) => (line as AuditRecord).action)).toEqual([
      'publish',
      'settings-changed',
    ]);
    fs.calls.length = 0;
    await audit.append({ action: 'sign-out' });
    // An existing log's folder already holds its name: fsyncing the file is enough.
    expect(fs.calls.map((call) => call.op)).toEqual([
      'mkdir',
      'exists',
      'open',
      'write',
      'sync',
      'close',
    ]);
    expect(durableWriteProblems(fs.calls, path, 'linux')).toContain(
      'nothing is renamed over the target',
    );
  });
});
