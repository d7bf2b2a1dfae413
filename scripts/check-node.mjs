// `node scripts/check-node.mjs [--strict]`, run before `npm start` and `npm test`: one line on
// stderr when this Node is older than package.json's engines.node, then the command goes on.
// --strict exits 1 instead, for .ci/run to decide whether to install Node 24.
import { readFileSync } from 'node:fs';
import { nodeAdvice } from './node-version/node-advice.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const advice = nodeAdvice({
  running: process.versions.node,
  required: pkg.engines.node,
  platform: process.platform,
  arch: process.arch,
});
if (advice !== undefined) {
  const strict = process.argv.includes('--strict');
  process.stderr.write(`${advice}${strict ? '' : ' Going on anyway.'}\n`);
  if (strict) process.exitCode = 1;
}
