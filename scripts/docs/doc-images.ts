/**
 * The guides' pictures (docs/images) and the e2e screenshot each one is copied from, so the
 * guides always show the kiosk as the tests last saw it. `npm run docs:images` copies them
 * after `npm run test:e2e` has taken the screenshots.
 */
export const DOC_IMAGES: Readonly<Record<string, string>> = {
  'staff-pin-pad.png': 'landscape-admin-pin-pad.png',
  'staff-programs.png': 'landscape-admin-programs.png',
  'staff-program-error.png': 'landscape-admin-program-error.png',
  'staff-preview.png': 'landscape-admin-preview.png',
  'staff-publish.png': 'landscape-admin-publish.png',
  'staff-history.png': 'landscape-admin-history.png',
  'staff-import-refused.png': 'landscape-admin-import-refused.png',
  'staff-settings-policy.png': 'landscape-admin-settings-policy.png',
  'visitor-attract.png': 'portrait-attract.png',
};

export const SCREENSHOT_DIR = 'tests/e2e/screenshots';
export const DOC_IMAGE_DIR = 'docs/images';
