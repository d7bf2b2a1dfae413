import type { Net } from 'electron';

/**
 * Electron's network stack as the core's fetch, for IT's central source: it takes the system's
 * proxy settings and certificate store, as the machine's browsers do. net.fetch takes no URL
 * object, so one is passed as its text.
 */
export function electronFetch(net: Pick<Net, 'fetch'>): typeof fetch {
  return (input, init) => net.fetch(input instanceof URL ? input.href : input, init);
}
