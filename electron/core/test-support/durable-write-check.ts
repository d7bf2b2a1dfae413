import { dirname } from 'node:path';
import type { FsCall } from './scripted-fs.ts';

interface Step {
  label: string;
  matches(call: FsCall): boolean;
}

/**
 * What makes a write durable before it is acknowledged, as a list of problems (empty when the
 * recorded calls do it all, in order): the data goes to a temp file beside the target, which is
 * written, fsynced and closed before it is renamed over the target; then, except on Windows,
 * the folder is fsynced so the rename itself survives a power cut.
 */
export function durableWriteProblems(
  calls: readonly FsCall[],
  target: string,
  platform: NodeJS.Platform,
): string[] {
  const rename = calls.find((call) => call.op === 'rename' && call.to === target);
  if (!rename) return ['nothing is renamed over the target'];
  const temp = rename.path;
  const dir = dirname(target);
  const problems = dirname(temp) === dir ? [] : ['the temp file is not in the target folder'];
  const on = (op: FsCall['op'], path: string) => (call: FsCall) =>
    call.op === op && call.path === path;
  const steps: Step[] = [
    { label: 'open temp', matches: on('open', temp) },
    { label: 'write', matches: on('write', temp) },
    { label: 'fsync temp', matches: on('sync', temp) },
    { label: 'close', matches: on('close', temp) },
    { label: 'rename', matches: (call) => call === rename },
  ];
  if (platform !== 'win32') {
    steps.push(
      { label: 'open dir', matches: on('open', dir) },
      { label: 'fsync dir', matches: on('sync', dir) },
      { label: 'close dir', matches: on('close', dir) },
    );
  }
  let from = 0;
  for (const step of steps) {
    const found = calls.findIndex((call, index) => index >= from && step.matches(call));
    if (found === -1) problems.push(`${step.label} is missing or out of order`);
    else from = found + 1;
  }
  return problems;
}

/** Names each call the way the design states the order, e.g. "fsync temp" or "close dir". */
export function stepLabels(calls: readonly FsCall[], target: string): string[] {
  const dir = dirname(target);
  const verbs: Partial<Record<FsCall['op'], string>> = {
    open: 'open',
    sync: 'fsync',
    close: 'close',
  };
  return calls.map((call) => {
    if (call.op === 'rename') return call.to === target ? 'rename' : `rename to ${call.to}`;
    if (call.op === 'write') return 'write';
    const where = call.path === dir ? 'dir' : 'temp';
    if (call.op === 'close' && where === 'temp') return 'close';
    const verb = verbs[call.op];
    return verb === undefined ? `${call.op} ${call.path}` : `${verb} ${where}`;
  });
}
