// Plain JavaScript, not TypeScript: this must run on the old Node it warns about, before tsx or
// the project's dependencies can be relied on.

/** @param {string} version e.g. "20.19.0" or "v22.12.0" */
function parseVersion(version) {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
}

/**
 * The one line to print when the running Node is older than package.json's `engines.node`
 * (which must read ">=X.Y[.Z]"), or undefined when it is new enough.
 * @param {{ running: string, required: string, platform: string, arch: string }} context
 * @returns {string | undefined}
 */
export function nodeAdvice({ running, required, platform, arch }) {
  const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(required.trim())?.[1];
  if (minimum === undefined) {
    throw new Error(`engines.node must read ">=X.Y", not "${required}"`);
  }
  const have = parseVersion(running);
  const need = parseVersion(minimum);
  const index = have.findIndex((part, i) => part !== need[i]);
  if (index === -1 || (have[index] ?? 0) > (need[index] ?? 0)) return undefined;
  return (
    `Node ${running.replace(/^v/, '')} is older than this project needs (${minimum} or newer, ` +
    `24 recommended); install Node 24 with ${installCommand(platform, arch)}.`
  );
}

/**
 * @param {string} platform
 * @param {string} arch
 */
function installCommand(platform, arch) {
  // The npm registry carries Node's own Linux builds, so no other download site is needed.
  if (platform === 'linux' && (arch === 'x64' || arch === 'arm64')) {
    const dir = '~/.local/node24';
    const pkg = `node-linux-${arch}`;
    return (
      `\`npm install --prefix ${dir} ${pkg}@24\` and put ${dir}/node_modules/${pkg}/bin ` +
      'first on PATH (or `nvm install 24`)'
    );
  }
  return '`nvm install 24` (nvm, or nvm-windows on Windows)';
}
