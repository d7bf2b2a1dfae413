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
  begin(): void;
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

export const createNavigationSlice: StateCreator<KioskState, [], [], NavigationSlice> = (
  set,
  get,
) => ({
  screen: { name: 'attract' },
  begin: () => set({ screen: HOME }),
  goHome: () => set({ screen: HOME }),
  openProgram: (programId) => {
    const { content } = get();
    const screen: Screen = { name: 'program', programId };
    set({ screen: content ? screenForContent(screen, content) : HOME });
  },
  openPrivacy: () => set({ screen: { name: 'privacy' } }),
  openSearch: () => set({ screen: { name: 'search' } }),
  openPhones: () => set({ screen: { name: 'phones' } }),
});
