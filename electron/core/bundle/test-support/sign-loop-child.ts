// The process the bundle kill test (bundle-kill.slow.test.ts) kills: it signs large content into
// one bundle folder in a loop, saying on standard output which version it is writing and which
// is done. Version N's content carries the announcement "signing-N", so a reader can tell
// whether the content file a manifest names is the one that manifest was signed for.
import { readCurrentManifest } from '../bundle-folder.ts';
import { signBundle } from '../sign-bundle.ts';
import { bigContent } from './big-content.ts';

const [outDir, keyPath] = process.argv.slice(2);
const passphrase = process.env.BUNDLE_PASSPHRASE;
if (!outDir || !keyPath || !passphrase) {
  throw new Error('usage: BUNDLE_PASSPHRASE=… sign-loop-child OUT_DIR KEY_FILE');
}

let version = (await readCurrentManifest(outDir))?.contentVersion ?? 0;
process.stdout.write(`open ${version}\n`);
for (;;) {
  const contentText = JSON.stringify(bigContent(version + 1));
  process.stdout.write(`writing ${version + 1}\n`);
  const { manifest } = await signBundle({
    contentText,
    keyPath,
    passphrase,
    outDir,
    expiresDays: 30,
    now: Date.now,
    appVersion: '0.1.0',
  });
  version = manifest.contentVersion;
  process.stdout.write(`ack ${version}\n`);
}
