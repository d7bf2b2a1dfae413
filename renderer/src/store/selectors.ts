import { LANGUAGES } from '../lib/localize.ts';
import type { Content, Program } from '../../../electron/contract/content-schema.ts';
import { UI_TEXT } from '../lib/ui-text.ts';
import type { KioskState } from './kiosk-store.ts';

const NO_PROGRAMS: readonly Program[] = [];
const NO_ANNOUNCEMENTS: Content['announcements'] = [];
const NO_HOURS: Content['hours'] = { weekly: [], closures: [] };

export const selectScreen = (s: KioskState) => s.screen;
export const selectLanguage = (s: KioskState) => s.language;
export const selectSetLanguage = (s: KioskState) => s.setLanguage;
export const selectUiText = (s: KioskState) => UI_TEXT[s.language];

export const selectContent = (s: KioskState) => s.content;
export const selectLoadError = (s: KioskState) => s.loadError;
export const selectLoading = (s: KioskState) => s.loading;
export const selectRevision = (s: KioskState) => s.revision;

export const selectBureau = (s: KioskState) => s.content?.bureau;
/** One list per content, so the selector answers the same array until the content changes. */
const shown = new WeakMap<Content, readonly Program[]>();

/** The programs visitors see: staff's hidden ones are left out everywhere. */
export const selectPrograms = (s: KioskState): readonly Program[] => {
  if (!s.content) return NO_PROGRAMS;
  let programs = shown.get(s.content);
  if (!programs) {
    programs = s.content.programs.filter((program) => !program.hidden);
    shown.set(s.content, programs);
  }
  return programs;
};
export const selectPrivacy = (s: KioskState) => s.content?.privacy;
export const selectKioskText = (s: KioskState) => s.content?.kiosk;
export const selectAnnouncements = (s: KioskState) => s.content?.announcements ?? NO_ANNOUNCEMENTS;
export const selectHours = (s: KioskState) => s.content?.hours ?? NO_HOURS;

export const selectNow = (s: KioskState) => s.now;
export const selectSetNow = (s: KioskState) => s.setNow;

export const selectCurrentProgram = (s: KioskState): Program | undefined => {
  const { screen } = s;
  if (screen.name !== 'program') return undefined;
  return selectPrograms(s).find((p) => p.id === screen.programId);
};

export const selectBegin = (s: KioskState) => s.begin;
export const selectGoHome = (s: KioskState) => s.goHome;
export const selectBack = (s: KioskState) => s.back;
export const selectOpenProgram = (s: KioskState) => s.openProgram;
export const selectOpenPrivacy = (s: KioskState) => s.openPrivacy;
export const selectOpenSearch = (s: KioskState) => s.openSearch;
export const selectOpenPhones = (s: KioskState) => s.openPhones;
export const selectSearchText = (s: KioskState) => s.searchText;
export const selectTypeKey = (s: KioskState) => s.typeKey;
export const selectDeleteKey = (s: KioskState) => s.deleteKey;
export const selectClearSearch = (s: KioskState) => s.clearSearch;
export const selectLoadContent = (s: KioskState) => s.loadContent;
export const selectResetVisit = (s: KioskState) => s.resetVisit;
export const selectBeat = (s: KioskState) => s.beat;
export const selectScreenFailed = (s: KioskState) => s.screenFailed;

/** Before content arrives (nothing to reset then), the default: a minute. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 60;
/** Staff's setting; a visitor using any accessibility mode gets twice the time. */
export const selectIdleTimeoutSeconds = (s: KioskState) =>
  (s.content?.kiosk.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS) *
  (selectAccessibilityActive(s) ? 2 : 1);
export const selectIdleSecondsLeft = (s: KioskState) => s.idleSecondsLeft;
export const selectSetIdleSecondsLeft = (s: KioskState) => s.setIdleSecondsLeft;

export const selectTextScale = (s: KioskState) => s.textScale;
export const selectHighContrast = (s: KioskState) => s.highContrast;
export const selectReadAloud = (s: KioskState) => s.readAloud;
export const selectReachMode = (s: KioskState) => s.reachMode;
export const selectReducedMotion = (s: KioskState) => s.reducedMotion;
export const selectSpeaking = (s: KioskState) => s.speaking;
export const selectAccessibilityPanelOpen = (s: KioskState) => s.accessibilityPanelOpen;
export const selectSetTextScale = (s: KioskState) => s.setTextScale;
export const selectToggleAccessibility = (s: KioskState) => s.toggleAccessibility;
export const selectSetAccessibilityPanelOpen = (s: KioskState) => s.setAccessibilityPanelOpen;
export const selectSpeak = (s: KioskState) => s.speak;
export const selectStopSpeaking = (s: KioskState) => s.stopSpeaking;
export const selectRepeatSpeech = (s: KioskState) => s.repeatSpeech;
export const selectReadBlocks = (s: KioskState) => s.readBlocks;
export const selectStepBlock = (s: KioskState) => s.stepBlock;
export const selectForgetReading = (s: KioskState) => s.forgetReading;

/** Any mode a visitor turned on (the system's reduced motion is not the visitor's choice). */
export function selectAccessibilityActive(s: KioskState): boolean {
  return s.textScale !== 1 || s.highContrast || s.readAloud || s.reachMode;
}

export const selectAdminView = (s: KioskState) => s.adminView;
export const selectOpenPinPad = (s: KioskState) => s.openPinPad;

export const selectPolicy = (s: KioskState) => s.policy;
/** The languages visitors may switch to: all of them until IT's policy says otherwise. */
export const selectOfferedLanguages = (s: KioskState) => s.policy?.languages ?? LANGUAGES;
