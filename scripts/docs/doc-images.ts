/**
 * The guides' pictures (docs/images) and the e2e screenshot each one is copied from, so the
 * guides always show the kiosk as the tests last saw it. `npm run docs:images` copies them
 * after `npm run test:e2e` has taken the screenshots.
 */
export const DOC_IMAGES: Readonly<Record<string, string>> = {
  'staff-pin-pad.png': 'landscape-admin-pin-pad.png',
  'staff-programs.png': 'landscape-admin-programs.png',
  'staff-keyboard.png': 'portrait-admin-keyboard.png',
  'staff-number-offer.png': 'portrait-admin-number-offer.png',
  'staff-agency-text-confirm.png': 'landscape-admin-agency-text-confirm.png',
  'staff-program-error.png': 'landscape-admin-program-error.png',
  'staff-date-picker.png': 'landscape-admin-date-picker.png',
  'staff-time-picker.png': 'landscape-admin-time-picker.png',
  'staff-hours.png': 'landscape-admin-hours.png',
  'staff-closure-form.png': 'landscape-admin-hours-closure-form.png',
  'visitor-early-closing.png': 'landscape-home-early-closing.png',
  'staff-preview.png': 'landscape-admin-preview.png',
  'staff-publish-number-check.png': 'landscape-admin-publish.png',
  'staff-history-word-diff.png': 'portrait-admin-history-word-diff.png',
  'staff-export-saved.png': 'landscape-admin-export-saved.png',
  'staff-import-list.png': 'landscape-admin-import-plain-words.png',
  'staff-usage.png': 'landscape-admin-usage-words.png',
  'staff-settings-policy.png': 'landscape-admin-settings-policy.png',
  'visitor-attract.png': 'portrait-attract.png',
};

export const SCREENSHOT_DIR = 'tests/e2e/screenshots';
export const DOC_IMAGE_DIR = 'docs/images';
