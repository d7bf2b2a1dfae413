import {
  CONTENT_PARTS,
  LOCAL_EDITING_MODES,
  centralPartsOf,
  type ContentPart,
  type LocalEditing,
} from '../../../../electron/contract/content-ownership.ts';
import { issuesOf } from '../../lib/draft-issues.ts';
import type { AdminState } from './admin-store.ts';

export const selectAdminStatus = (s: AdminState) => s.adminStatus;
export const selectFollowCentralChanges = (s: AdminState) => s.followCentralChanges;
/** The bureau's central source this kiosk follows; null when it has none. */
export const selectCentral = (s: AdminState) => s.adminStatus?.central ?? null;
/**
 * What staff may edit on this kiosk; null without a source. A core from before localEditing
 * locked everything, so its status without one reads as "none".
 */
export const selectLocalEditing = (s: AdminState): LocalEditing | null => {
  const central = selectCentral(s);
  return central === null ? null : (central.localEditing ?? 'none');
};

// One list per mode, so the selectors below answer the same array while the mode stays.
const partsPerMode = (parts: (mode: LocalEditing) => readonly ContentPart[]) =>
  Object.fromEntries(LOCAL_EDITING_MODES.map((mode) => [mode, parts(mode)])) as Record<
    LocalEditing,
    readonly ContentPart[]
  >;
const CENTRAL_PARTS = partsPerMode(centralPartsOf);
const LOCAL_PARTS = partsPerMode((mode) =>
  CONTENT_PARTS.filter((part) => !CENTRAL_PARTS[mode].includes(part)),
);
const NO_PARTS: readonly ContentPart[] = [];

/** The parts the core refuses to change here: they come from the central source. */
export const selectCentralParts = (s: AdminState): readonly ContentPart[] => {
  const mode = selectLocalEditing(s);
  return mode === null ? NO_PARTS : CENTRAL_PARTS[mode];
};
/** The parts staff change here: all of them without a source. */
export const selectLocalParts = (s: AdminState): readonly ContentPart[] => {
  const mode = selectLocalEditing(s);
  return mode === null ? CONTENT_PARTS : LOCAL_PARTS[mode];
};
/** Whether one part comes from the central source, so its editors are off. */
export const selectPartCentral = (part: ContentPart) => (s: AdminState) =>
  selectCentralParts(s).includes(part);
/** Nothing is staff's here: publishing, restoring and importing would all be refused. */
export const selectAllCentral = (s: AdminState) => selectLocalParts(s).length === 0;
export const selectPin = (s: AdminState) => s.pin;
export const selectPinBusy = (s: AdminState) => s.pinBusy;
export const selectPinMessage = (s: AdminState) => s.pinMessage;
export const selectTypePinDigit = (s: AdminState) => s.typePinDigit;
export const selectDeletePinDigit = (s: AdminState) => s.deletePinDigit;
export const selectSubmitPin = (s: AdminState) => s.submitPin;
export const selectExitAdmin = (s: AdminState) => s.exitAdmin;
export const selectQuitting = (s: AdminState) => s.quitting;
export const selectQuitKiosk = (s: AdminState) => s.quitKiosk;

export const selectWorking = (s: AdminState) => s.working;
export const selectStoreAlerts = (s: AdminState) => s.storeAlerts;
export const selectDraft = (s: AdminState) => s.draft;
export const selectDraftState = (s: AdminState) => s.draftState;
export const selectEditorMessage = (s: AdminState) => s.editorMessage;
export const selectEditorSection = (s: AdminState) => s.editorSection;
export const selectEditingProgramId = (s: AdminState) => s.editingProgramId;
export const selectPreviewing = (s: AdminState) => s.previewing;
export const selectRevisions = (s: AdminState) => s.revisions;
export const selectAuditEntries = (s: AdminState) => s.auditEntries;
export const selectUsage = (s: AdminState) => s.usage;
export const selectImportCheck = (s: AdminState) => s.importCheck;
export const selectClosureRequest = (s: AdminState) => s.closureRequest;

export const selectCancelImport = (s: AdminState) => s.cancelImport;
export const selectChangeWorking = (s: AdminState) => s.changeWorking;
export const selectOpenClosure = (s: AdminState) => s.openClosure;
export const selectUpdateClosure = (s: AdminState) => s.updateClosure;
export const selectCloseClosure = (s: AdminState) => s.closeClosure;
export const selectCheckImport = (s: AdminState) => s.checkImport;
export const selectConfirmImport = (s: AdminState) => s.confirmImport;
export const selectDiscardDraft = (s: AdminState) => s.discardDraft;
export const selectEditProgram = (s: AdminState) => s.editProgram;
export const selectExportContent = (s: AdminState) => s.exportContent;
export const selectExportUsage = (s: AdminState) => s.exportUsage;
export const selectLoadAudit = (s: AdminState) => s.loadAudit;
export const selectLoadRevisions = (s: AdminState) => s.loadRevisions;
export const selectLoadUsage = (s: AdminState) => s.loadUsage;
export const selectOpenSection = (s: AdminState) => s.openSection;
export const selectPublish = (s: AdminState) => s.publish;
export const selectRestoreRevision = (s: AdminState) => s.restoreRevision;
export const selectSaveDraft = (s: AdminState) => s.saveDraft;
export const selectSetDraftState = (s: AdminState) => s.setDraftState;
export const selectSetPreviewing = (s: AdminState) => s.setPreviewing;
export const selectSetUsageCounting = (s: AdminState) => s.setUsageCounting;

export const selectAgencyTextPending = (s: AdminState) => s.agencyTextPending;
export const selectGuardAgencyText = (s: AdminState) => s.guardAgencyText;
export const selectConfirmAgencyText = (s: AdminState) => s.confirmAgencyText;
export const selectCancelAgencyText = (s: AdminState) => s.cancelAgencyText;
export const selectBeginFieldSession = (s: AdminState) => s.beginFieldSession;
export const selectTouchedFields = (s: AdminState) => s.touchedFields;
export const selectShowAllIssues = (s: AdminState) => s.showAllIssues;
export const selectTouchField = (s: AdminState) => s.touchField;
export const selectRevealIssues = (s: AdminState) => s.revealIssues;

/** The working copy's problems, checked once per change however many fields ask. */
export const selectDraftIssues = (s: AdminState) => issuesOf(s.working);

/** A field's problem, once it should show: after the field was touched, or a publish attempt. */
export const selectFieldProblem =
  (path: string) =>
  (s: AdminState): string | undefined =>
    s.showAllIssues || s.touchedFields[path] ? issuesOf(s.working).get(path) : undefined;
