// Run in a child process by system-network.test.ts, since the proxy and certificates it sets
// are the whole process's: fetches the URL given as the first argument through
// systemNetworkFetch and prints what came back, and whether the system's certificates are trusted.
import tls from 'node:tls';
import { systemNetworkFetch } from '../system-network.ts';

const fetchThrough = systemNetworkFetch(process.env);
const response = await fetchThrough(process.argv[2]!);
const trusted = new Set(tls.getCACertificates('default'));
process.stdout.write(
  JSON.stringify({
    status: response.status,
    body: await response.text(),
    systemTrusted: tls.getCACertificates('system').every((cert) => trusted.has(cert)),
  }),
);
