import { useId, useRef, type ReactNode } from 'react';
import { selectReachMode } from '../store/selectors.ts';
import { useKiosk } from '../store/store-context.tsx';
import { BottomBar } from './bottom-bar.tsx';
import { ScrollButtons } from './scroll-buttons.tsx';
import { SpeechBar } from './speech-bar.tsx';
import { TopBar } from './top-bar.tsx';

interface ScreenLayoutProps {
  /** Home's own header, with the bureau's name as its heading, instead of the top bar. */
  hero?: ReactNode;
  /**
   * A long text read page by page (privacy): Previous page, "Page 3 of 11" and Next page on
   * every visit, not only when reach mode needs scroll buttons.
   */
  scrollButtons?: boolean;
  className: string;
  children: ReactNode;
}

/**
 * The top bar (or home's header), the screen's own area, which scrolls, and the bottom bar.
 * In reach mode the upper part of the screen, beyond a seated visitor's reach, holds only the
 * header: home's stays out of the scroll there, so no tile can scroll up into that part, and
 * big scroll buttons come below whenever the area has more than it shows.
 */
export function ScreenLayout({
  hero,
  scrollButtons = false,
  className,
  children,
}: ScreenLayoutProps) {
  const reachMode = useKiosk(selectReachMode);
  const area = useRef<HTMLDivElement>(null);
  const areaId = useId();
  const heroScrolls = hero !== undefined && !reachMode;
  return (
    <div className="screen">
      {hero === undefined && <TopBar />}
      <main className="screen__main">
        {!heroScrolls && hero}
        {/* Focusable because it scrolls when staff add more text than the screen holds. */}
        <div ref={area} id={areaId} className={`screen__area ${className}`} tabIndex={0}>
          {heroScrolls && hero}
          {children}
        </div>
        {(scrollButtons || reachMode) && (
          <ScrollButtons
            target={area}
            controls={areaId}
            onlyWhenScrolling={!scrollButtons}
            paged={scrollButtons}
          />
        )}
      </main>
      <SpeechBar />
      <BottomBar />
    </div>
  );
}
