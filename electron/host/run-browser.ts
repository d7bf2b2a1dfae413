import { spawn } from 'node:child_process';

export interface BrowserArgsOptions {
  url: string;
  /** A profile of the kiosk's own, so the browser never mixes in a person's tabs, logins or history. */
  profileDir: string;
  /**
   * IT's policy.kioskMode (default true), as the Electron shell reads it: full screen with
   * nothing to leave by; false gives IT an ordinary window for maintenance.
   */
  kiosk: boolean;
  /** Chromium refuses to start as root unless its sandbox is turned off. */
  asRoot: boolean;
}

export function browserArgs(options: BrowserArgsOptions): string[] {
  return [
    `--app=${options.url}`,
    `--user-data-dir=${options.profileDir}`,
    // First-run and default-browser prompts would cover the kiosk's screen.
    '--no-first-run',
    '--no-default-browser-check',
    // The kiosk has its own Spanish: Chromium's offer to translate a page would cover it.
    '--disable-features=Translate',
    // Kiosk mode also keeps every infobar and the "restore pages?" bubble off the screen.
    ...(options.kiosk ? ['--kiosk'] : []),
    // Without --test-type, --no-sandbox brings a "stability and security will suffer" bar.
    ...(options.asRoot ? ['--no-sandbox', '--test-type'] : []),
  ];
}

export interface RunningBrowser {
  /** Settles when the browser has exited; rejects when it could not be started. */
  exited: Promise<number | null>;
  stop(): void;
}

export function runBrowser(executable: string, args: string[]): RunningBrowser {
  // Chromium is noisy on its own output; the kiosk's log should hold the kiosk's lines.
  const child = spawn(executable, args, { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`Could not start the browser at ${executable}: ${error.message}`)),
    );
    child.once('exit', (code) => resolve(code));
  });
  return { exited, stop: () => void child.kill('SIGTERM') };
}
