import { spawn } from 'node:child_process';

export interface BrowserArgsOptions {
  url: string;
  /** A profile of the kiosk's own, so the browser never mixes in a person's tabs, logins or history. */
  profileDir: string;
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
    ...(options.kiosk ? ['--kiosk'] : []),
    ...(options.asRoot ? ['--no-sandbox'] : []),
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
