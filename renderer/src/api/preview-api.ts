import type { KioskApi } from '../../../electron/contract/api.ts';
import type { Content } from '../../../electron/contract/content-schema.ts';
import { ApiError } from '../../../electron/contract/errors.ts';
import { NO_POLICY_SUMMARY } from '../../../electron/contract/policy-schema.ts';

const previewOnly = async (): Promise<never> => {
  throw new ApiError('forbidden', 'This is a preview: nothing here can be changed.');
};

/**
 * The API a preview's visitor screens run on: the draft as if it were published, no writes,
 * no counts. Every other operation is refused, so a preview can never change the kiosk.
 */
export function createPreviewApi(content: Content): KioskApi {
  return {
    getPublishedContent: async () => ({ revision: 0, content }),
    countUsage: async () => undefined,
    readKioskPolicy: async () => NO_POLICY_SUMMARY,
    // A preview is not the kiosk's screen: its failures show home like the kiosk's, unlogged.
    reportScreenError: async () => undefined,
    rendererAlive: async () => undefined,
    reportMissingVoices: async () => undefined,
    adminStatus: previewOnly,
    adminSignIn: previewOnly,
    adminSignOut: previewOnly,
    readAuditLog: previewOnly,
    quitKiosk: previewOnly,
    readStoreAlerts: previewOnly,
    getDraft: previewOnly,
    saveDraft: previewOnly,
    discardDraft: previewOnly,
    publishDraft: previewOnly,
    listRevisions: previewOnly,
    restoreRevision: previewOnly,
    checkImport: previewOnly,
    importAsDraft: previewOnly,
    exportContent: previewOnly,
    listTransferPlaces: previewOnly,
    saveExport: previewOnly,
    readImportFile: previewOnly,
    readUsage: previewOnly,
    setUsageCounting: previewOnly,
    exportUsageCsv: previewOnly,
    publishToKiosks: previewOnly,
    readFleetStatus: previewOnly,
    on: () => () => undefined,
  };
}
