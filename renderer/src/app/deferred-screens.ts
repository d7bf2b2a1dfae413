import { deferred } from './deferred.tsx';

// Visitors reach these only after a touch, so start-up does without their code (and without
// minisearch and qrcode, which they bring).
const program = deferred(() =>
  import('../features/program/program-screen.tsx').then((m) => m.ProgramScreen),
);
const privacy = deferred(() =>
  import('../features/privacy/privacy-screen.tsx').then((m) => m.PrivacyScreen),
);
const search = deferred(() =>
  import('../features/search/search-screen.tsx').then((m) => m.SearchScreen),
);
const phones = deferred(() =>
  import('../features/phones/phones-screen.tsx').then((m) => m.PhonesScreen),
);

// Staff only: the editor brings zod and the whole schema, which visitors never need.
const admin = deferred(() =>
  import('../features/admin/admin-screen.tsx').then((m) => m.AdminScreen),
);

export const AdminScreen = admin.Component;
export const ProgramScreen = program.Component;
export const PrivacyScreen = privacy.Component;
export const SearchScreen = search.Component;
export const PhonesScreen = phones.Component;

export function preloadScreens(): Promise<unknown> {
  return Promise.all([program, privacy, search, phones].map((screen) => screen.preload()));
}
