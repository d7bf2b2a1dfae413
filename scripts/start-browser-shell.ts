// The browser shell for `npm start`: the kiosk served on 127.0.0.1 and shown full screen in an
// installed Chromium's kiosk mode; without a Chromium or a display it prints the address and
// keeps serving. Closing the browser window stops the kiosk.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isKioskWindow } from '../electron/contract/policy-schema.ts';
import { readKioskSetup, type ErrorTrackingLogger } from '../electron/core/index.ts';
import { browserHeartbeat } from '../electron/host/browser-heartbeat.ts';
import { findBrowser, hasDisplay } from '../electron/host/find-browser.ts';
import { BUILT_RENDERER_DIR, DEFAULT_CONTENT_PATH } from '../electron/host/repo-paths.ts';
import { browserArgs, runBrowser, type RunningBrowser } from '../electron/host/run-browser.ts';
import { startHost, type RunningHost } from '../electron/host/start-host.ts';
import { stopOnSignals } from '../electron/host/stop-on-signals.ts';

export async function startBrowserShell(log: ErrorTrackingLogger): Promise<void> {
  const { env, platform } = process;
  // IT's policy names the data folder; the browser shell is never packaged (see policyPath).
  const { policy, dataDir } = readKioskSetup({
    env,
    platform,
    homedir: homedir(),
    isPackaged: false,
  });

  // Signals, admin's "Quit the kiosk" and the browser closing may all stop the kiosk, even
  // before the browser window exists.
  const running: { browser?: RunningBrowser } = {};
  let host: RunningHost;
  try {
    host = await startHost({
      port: 0,
      dataDir,
      rendererDir: BUILT_RENDERER_DIR,
      defaultContentPath: DEFAULT_CONTENT_PATH,
      log,
      policy,
      startHeartbeat: await browserHeartbeat(dataDir, log, policy.policy),
      exit: (code) => {
        running.browser?.stop();
        process.exit(code);
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  log.info(`The kiosk is at ${host.url}; its data folder is ${dataDir}`);

  // The browser closing and a signal can both ask to stop; the core must be closed only once.
  let closing: Promise<void> | undefined;
  const closeHost = (): Promise<void> => (closing ??= host.close());
  stopOnSignals(async () => {
    running.browser?.stop();
    await closeHost();
  }, log);

  const openByHand = (): void => void process.stdout.write(`Open ${host.url} in a browser\n`);

  const executable = findBrowser({ env, platform, exists: existsSync });
  if (executable === undefined) {
    log.info('No Chromium found (set CHROMIUM_PATH to use one)');
    openByHand();
    return;
  }
  if (!hasDisplay({ env, platform })) {
    log.info('No display (DISPLAY or WAYLAND_DISPLAY) to show a browser window on');
    openByHand();
    return;
  }
  const browser = runBrowser(
    executable,
    browserArgs({
      url: host.url,
      profileDir: join(dataDir, 'browser-profile'),
      // Full screen like the Electron shell, unless IT's policy asks for a maintenance window
      // or makes this the publishing PC.
      kiosk: isKioskWindow(policy.policy),
      asRoot: process.getuid?.() === 0,
    }),
  );
  running.browser = browser;
  browser.exited.then(
    async () => {
      log.info('The browser window closed: stopping the kiosk');
      await closeHost();
      process.exit(0);
    },
    (error: unknown) => {
      log.error(error instanceof Error ? error.message : String(error));
      openByHand();
    },
  );
}
