import type { StateCreator } from 'zustand';
import type { Content } from '../../../electron/contract/content-schema.ts';
import type { KioskState } from './kiosk-store.ts';

export type Screen =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'program'; programId: string }
  | { name: 'privacy' }
  | { name: 'search' }
  | { name: 'phones' };

export interface NavigationSlice {
  screen: Screen;
  /** The screens a visitor came through since home, for Back; home is where it starts over. */
  history: readonly Screen[];
  begin(): void;
  /** The screen before this one; nothing on home or attract, which have none. */
  back(): void;
  goHome(): void;
  openProgram(programId: string): void;
  openPrivacy(): void;
  openSearch(): void;
  openPhones(): void;
}

const HOME: Screen = { name: 'home' };

/** A program staff have just removed or hidden cannot stay on screen: the visitor lands on home. */
export function screenForContent(screen: Screen, content: Content): Screen {
  if (screen.name !== 'program') return screen;
  return content.programs.some((p) => p.id === screen.programId && !p.hidden) ? screen : HOME;
}

const sameScreen = (a: Screen, b: Screen): boolean =>
  a.name === b.name &&
  (a.name !== 'program' || b.name !== 'program' || a.programId === b.programId);

export const createNavigationSlice: StateCreator<KioskState, [], [], NavigationSlice> = (
  set,
  get,
) => {
  const open = (screen: Screen): void => {
    const { screen: from, history } = get();
    if (sameScreen(screen, from)) return;
    set({ screen, history: screen.name === 'home' ? [] : [...history, from] });
  };
  return {
    screen: { name: 'attract' },
    history: [],
    begin: () => set({ screen: HOME, history: [] }),
    back: () => {
      const { history, content } = get();
      const previous = history.at(-1);
      if (!previous) return;
      set({
        screen: content ? screenForContent(previous, content) : previous,
        history: history.slice(0, -1),
      });
    },
    goHome: () => open(HOME),
    openProgram: (programId) => {
      const { content } = get();
      const screen: Screen = { name: 'program', programId };
      open(content ? screenForContent(screen, content) : HOME);
    },
    openPrivacy: () => open({ name: 'privacy' }),
    openSearch: () => open({ name: 'search' }),
    openPhones: () => open({ name: 'phones' }),
  };
};
