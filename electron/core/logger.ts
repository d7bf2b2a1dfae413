/** Where the core reports what happened. Shells pass their own (stderr, electron-log). */
export interface Logger {
  info(message: string, meta?: object): void;
  warn(message: string, meta?: object): void;
  error(message: string, meta?: object): void;
}

const nothing = (): void => undefined;

export const silentLogger: Logger = { info: nothing, warn: nothing, error: nothing };

export const consoleLogger: Logger = {
  info: (message, meta) => console.info(...line(message, meta)),
  warn: (message, meta) => console.warn(...line(message, meta)),
  error: (message, meta) => console.error(...line(message, meta)),
};

function line(message: string, meta: object | undefined): unknown[] {
  return meta === undefined ? [message] : [message, meta];
}
