import http from 'node:http';
import tls from 'node:tls';

let ready = false;

/**
 * The browser shell's fetch for IT's central source, reaching the network as the machine's
 * other programs do: through the proxy the standard variables name (HTTP_PROXY, HTTPS_PROXY,
 * NO_PROXY), trusting the system's certificate store besides Node's own (a bureau's proxy or
 * intranet server often has a certificate only the system trusts). Both are process-wide, so
 * they are set once; the Electron shell has its own network stack (net.fetch) instead.
 */
export function systemNetworkFetch(env: NodeJS.ProcessEnv = process.env): typeof fetch {
  if (!ready) {
    http.setGlobalProxyFromEnv(env);
    const known = new Set(tls.getCACertificates('default'));
    tls.setDefaultCACertificates([...known, ...tls.getCACertificates('system')]);
    ready = true;
  }
  return globalThis.fetch;
}
