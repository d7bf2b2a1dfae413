import type { AdminState } from './admin-store.ts';

/** The publishing PC's state; null on every kiosk (policy role "kiosk"). */
export const selectPublisher = (s: AdminState) => s.adminStatus?.publisher ?? null;
export const selectSendingToKiosks = (s: AdminState) => s.sendingToKiosks;
export const selectSendMessage = (s: AdminState) => s.sendMessage;
export const selectPublishToKiosks = (s: AdminState) => s.publishToKiosks;
export const selectClearSendMessage = (s: AdminState) => s.clearSendMessage;
