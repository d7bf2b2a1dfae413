import { deferred } from '../components/deferred.tsx';

// Staff only: visitors never load admin's code. The editor brings zod and the whole schema.
const pinPad = deferred(() => import('../features/admin/pin-pad.tsx').then((m) => m.PinPad));
const admin = deferred(() =>
  import('../features/admin/admin-screen.tsx').then((m) => m.AdminScreen),
);

export const PinPad = pinPad.Component;
export const AdminScreen = admin.Component;
