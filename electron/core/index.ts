/**
 * The core's one public entry: the shells (electron/main, electron/host) and the scripts that
 * start them import the core from here only, and lint refuses deeper imports, so what the
 * core keeps to itself can change without touching a shell.
 */
export type { CoreEvent, KioskCore } from './kiosk-core-types.ts';
export { openKioskCore, type OpenKioskCoreOptions } from './open-kiosk-core.ts';
export type { Logger } from './logger.ts';
export { systemNow, systemTimers, type Now, type Timers } from './clock.ts';
export { trackErrors, type ErrorTrackingLogger } from './ops/error-tracker.ts';
export { readAppVersion } from './ops/app-version.ts';
export {
  centralChangesOf,
  HEARTBEAT_FILE,
  HEARTBEAT_INTERVAL_MS,
  kioskStatusOf,
  publishedRevisionOf,
  startHeartbeat,
  type Heartbeat,
} from './ops/heartbeat.ts';
export { fleetStatusPlaceOf, type FleetStatusPlace } from './fleet/fleet-status-file.ts';
export { readFleetStatus, type KioskRow } from './fleet/read-fleet-status.ts';
export { formatFleetStatus, type FleetReport } from './fleet/fleet-status-table.ts';
export { fleetStatusReport } from './cli/fleet-status-command.ts';
export { readKioskSetup } from './policy/kiosk-setup.ts';
export { listRemovableDrives } from './transfer/removable-drives.ts';
export { createTransferService, type TransferDialogs } from './transfer/transfer-places.ts';
export type { LoadedPolicy, ReadText } from './policy/read-policy.ts';
export { POLICY_FILE_ENV } from './policy/policy-path.ts';
export { setPin } from './admin/set-pin.ts';
export { hashPin, isPinFormat, verifyPin, PIN_FORMAT_MESSAGE } from './admin/pin-hash.ts';
export { validateContentFile, type ContentReport } from './cli/validate-content-command.ts';
export { runAdminCli } from './cli/run-admin-cli.ts';
export { parseBundleOptions, type BundleAction, type BundleCommand } from './cli/bundle-args.ts';
export { runBundleCommand } from './cli/bundle-command.ts';
export { machineLocalTime, type LocalTimeOf } from './schedule/local-time.ts';
export { displayAwakeAt, type DisplayAwakeState } from './schedule/display-awake.ts';
export {
  createFirstScreenPages,
  type FirstScreenPages,
} from './first-screen/first-screen-pages.ts';
