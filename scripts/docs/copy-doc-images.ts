// `npm run docs:images`: copies the e2e screenshots the guides show into docs/images.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DOC_IMAGE_DIR, DOC_IMAGES, SCREENSHOT_DIR } from './doc-images.ts';

await mkdir(DOC_IMAGE_DIR, { recursive: true });
for (const [image, screenshot] of Object.entries(DOC_IMAGES)) {
  try {
    await copyFile(join(SCREENSHOT_DIR, screenshot), join(DOC_IMAGE_DIR, image));
  } catch {
    console.error(`No ${join(SCREENSHOT_DIR, screenshot)}: run \`npm run test:e2e\` first.`);
    process.exit(1);
  }
}
console.log(`Copied ${Object.keys(DOC_IMAGES).length} screenshots into ${DOC_IMAGE_DIR}.`);
