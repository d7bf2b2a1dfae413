// Preloaded into Electronegativity (scan-electron.ts): its two network look-ups (updated
// translations, Electron's release list) go through `got`, whose retry after a failed request
// crashes on Node 22+ ("The `onCancel` handler was attached after the promise settled"). The
// scan runs offline by design (this machine has no network; Electron's patch level is
// `npm run check:electron`'s job), so every such request fails at once, as the tool's own
// "No connectivity?" path expects, and the scan goes on.
const Module = require('node:module');

const offline = () =>
  Promise.reject(new Error('offline: the security scan makes no network requests'));
const got = Object.assign(offline, { head: offline, get: offline });
const load = Module._load;
Module._load = function loadWithoutNetwork(request, ...rest) {
  return request === 'got' ? got : load.call(this, request, ...rest);
};
