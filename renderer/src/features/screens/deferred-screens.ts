import { deferred } from '../../components/deferred.tsx';

// Visitors reach these only after a touch, so start-up does without their code (and without
// minisearch and qrcode, which they bring).
const program = deferred(() =>
  import('../program/program-screen.tsx').then((m) => m.ProgramScreen),
);
const privacy = deferred(() =>
  import('../privacy/privacy-screen.tsx').then((m) => m.PrivacyScreen),
);
const search = deferred(() => import('../search/search-screen.tsx').then((m) => m.SearchScreen));
const phones = deferred(() => import('../phones/phones-screen.tsx').then((m) => m.PhonesScreen));

export const ProgramScreen = program.Component;
export const PrivacyScreen = privacy.Component;
export const SearchScreen = search.Component;
export const PhonesScreen = phones.Component;

export function preloadScreens(): Promise<unknown> {
  return Promise.all([program, privacy, search, phones].map((screen) => screen.preload()));
}
