// `npm run dev`: the renderer from Vite's dev server with hot reload, its API proxied to a browser
// shell started here on a free port. Edit renderer/ and the page updates; restart for electron/.
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { DEFAULT_CONTENT_PATH } from '../electron/host/repo-paths.ts';
import { createStderrLogger } from '../electron/host/stderr-logger.ts';
import { startHost, type RunningHost } from '../electron/host/start-host.ts';
import { stopOnSignals } from '../electron/host/stop-on-signals.ts';
import { apiProxy } from './dev/api-proxy.ts';
import { DEV_USAGE, parseDevArgs, type DevArgs } from './dev/dev-args.ts';
import { devSecurityHeaders } from './dev/dev-headers.ts';

function argsOrExit(): DevArgs {
  try {
    return parseDevArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${DEV_USAGE}\n`);
    process.exit(2);
  }
}

function exitWith(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const { port, dataDir } = argsOrExit();
const log = createStderrLogger();
const host = '127.0.0.1';

let shell: RunningHost;
try {
  shell = await startHost({
    port: 0,
    dataDir,
    // The shell will not start without a renderer folder; the source one will do, since pages
    // come from Vite and only the shell's /api/ is used.
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
    defaultContentPath: DEFAULT_CONTENT_PATH,
    log,
  });
} catch (error) {
  exitWith(error);
}
log.info(`Browser shell for the API at ${shell.url}; its data folder is ${dataDir}`);

let vite: ViteDevServer;
try {
  vite = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: {
      host,
      port,
      strictPort: true,
      headers: devSecurityHeaders([`http://${host}:${port}`, `http://localhost:${port}`]),
      proxy: apiProxy(shell.url),
    },
  });
  await vite.listen();
} catch (error) {
  await shell.close();
  exitWith(error);
}
stopOnSignals(async () => {
  await vite.close();
  await shell.close();
}, log);
vite.printUrls();
