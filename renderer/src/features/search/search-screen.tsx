import { useId } from 'react';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { selectSearchText, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { OnScreenKeyboard } from './on-screen-keyboard.tsx';
import { SearchResults } from './search-results.tsx';
import { useSearchResults } from './use-search-results.ts';

/** Results above, the keyboard low on the screen where hands are. */
export function SearchScreen() {
  const ui = useKiosk(selectUiText);
  const text = useKiosk(selectSearchText);
  const hits = useSearchResults();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const labelId = useId();
  return (
    <ScreenLayout className="search">
      <h1 className="page-title" ref={heading} tabIndex={-1}>
        {ui.search}
      </h1>
      <p id={labelId} className="search__label">
        {ui.searchLabel}
      </p>
      <output className="search__field" aria-labelledby={labelId}>
        {text}
        <span className="search__caret" aria-hidden="true" />
      </output>
      {/* Focusable because it scrolls at large text sizes; a keyboard user must reach it. */}
      <div className="search__results" role="region" aria-label={ui.results} tabIndex={0}>
        <SearchResults hits={hits} searched={text.trim() !== ''} />
      </div>
      <OnScreenKeyboard />
    </ScreenLayout>
  );
}
