import type { AdminState } from './admin-store.ts';

/** Only the publishing PC shows the Kiosks section: it reads the folder the kiosks write. */
export const selectShowsKiosks = (s: AdminState) => (s.adminStatus?.publisher ?? null) !== null;
export const selectFleetStatus = (s: AdminState) => s.fleetStatus;
export const selectFleetMessage = (s: AdminState) => s.fleetMessage;
export const selectCheckingFleet = (s: AdminState) => s.checkingFleet;
export const selectCheckFleet = (s: AdminState) => s.checkFleet;
