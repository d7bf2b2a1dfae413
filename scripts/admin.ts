// `npm run admin -- set-pin [--data-dir <folder>]` and `npm run admin -- hash-pin`: the PIN is
// read from standard input, never from the command line.
import { homedir } from 'node:os';
import { runAdminCli } from '../electron/core/index.ts';

process.exitCode = await runAdminCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
  now: Date.now,
});
