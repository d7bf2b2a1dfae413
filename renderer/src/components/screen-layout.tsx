import type { ReactNode } from 'react';
import { BottomBar } from './bottom-bar.tsx';
import { TopBar } from './top-bar.tsx';

interface ScreenLayoutProps {
  /** Home draws its own header with the bureau's name as its heading. */
  topBar?: boolean;
  className: string;
  children: ReactNode;
}

export function ScreenLayout({ topBar = true, className, children }: ScreenLayoutProps) {
  return (
    <div className="screen">
      {topBar && <TopBar />}
      {/* Focusable because it scrolls when staff add more text than the screen holds. */}
      <main className={`screen__main ${className}`} tabIndex={0}>
        {children}
      </main>
      <BottomBar />
    </div>
  );
}
