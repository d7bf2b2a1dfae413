import type { Program } from '../../../electron/contract/content-schema.ts';
import { UI_TEXT } from '../lib/ui-text.ts';
import type { KioskState } from './kiosk-store.ts';

const NO_PROGRAMS: readonly Program[] = [];

export const selectScreen = (s: KioskState) => s.screen;
export const selectLanguage = (s: KioskState) => s.language;
export const selectSetLanguage = (s: KioskState) => s.setLanguage;
export const selectUiText = (s: KioskState) => UI_TEXT[s.language];

export const selectContent = (s: KioskState) => s.content;
export const selectLoadError = (s: KioskState) => s.loadError;
export const selectLoading = (s: KioskState) => s.loading;

export const selectBureau = (s: KioskState) => s.content?.bureau;
export const selectPrograms = (s: KioskState) => s.content?.programs ?? NO_PROGRAMS;
export const selectPrivacy = (s: KioskState) => s.content?.privacy;
export const selectKioskText = (s: KioskState) => s.content?.kiosk;

export const selectCurrentProgram = (s: KioskState): Program | undefined => {
  const { screen } = s;
  if (screen.name !== 'program') return undefined;
  return s.content?.programs.find((p) => p.id === screen.programId);
};

export const selectBegin = (s: KioskState) => s.begin;
export const selectGoHome = (s: KioskState) => s.goHome;
export const selectOpenProgram = (s: KioskState) => s.openProgram;
export const selectOpenPrivacy = (s: KioskState) => s.openPrivacy;
export const selectLoadContent = (s: KioskState) => s.loadContent;
export const selectResetVisit = (s: KioskState) => s.resetVisit;

/** Schema version 1 has no kiosk settings: a minute, the default. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 60;
export const selectIdleTimeoutSeconds = (_s: KioskState) => DEFAULT_IDLE_TIMEOUT_SECONDS;
export const selectIdleSecondsLeft = (s: KioskState) => s.idleSecondsLeft;
export const selectSetIdleSecondsLeft = (s: KioskState) => s.setIdleSecondsLeft;
