// `npm run admin -- <command>` (set-pin, hash-pin, validate-content, bundle …; see ADMIN_USAGE):
// a PIN or a key's passphrase is read from standard input, never from the command line.
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
