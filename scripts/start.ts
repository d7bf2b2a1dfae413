// `npm start` (after `npm run build`): the kiosk on this machine from the bundled default, in
// the Electron shell; where Electron cannot start, one line says why and the browser shell
// runs instead.
import { trackErrors } from '../electron/core/index.ts';
import { createStderrLogger } from '../electron/host/stderr-logger.ts';
import { findElectronBinary } from './electron-binary.ts';
import { startBrowserShell } from './start-browser-shell.ts';
import { fetchWithInstaller, prepareElectron, runElectron } from './start-electron.ts';

const log = createStderrLogger();
const binary = prepareElectron({
  find: findElectronBinary,
  fetch: fetchWithInstaller,
  env: process.env,
});

let fallback: string | undefined;
if ('path' in binary) {
  const outcome = await runElectron(binary.path, process.argv.slice(2));
  if ('exitCode' in outcome) process.exit(outcome.exitCode);
  fallback = outcome.failedToStart;
} else {
  fallback = binary.missing;
}
process.stderr.write(`Electron cannot start: ${fallback} Running the browser shell instead.\n`);
// Through the error tracker, so the browser shell's heartbeat can report the last error.
await startBrowserShell(trackErrors(log));
