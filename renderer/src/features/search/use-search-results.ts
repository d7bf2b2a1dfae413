import { useMemo } from 'react';
import { buildSearchIndex, search, type SearchHit } from '../../lib/search-index.ts';
import { selectContent, selectLanguage, selectSearchText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

/** The index is built once per content and language; each key press only searches it. */
export function useSearchResults(): SearchHit[] {
  const content = useKiosk(selectContent);
  const language = useKiosk(selectLanguage);
  const text = useKiosk(selectSearchText);
  const index = useMemo(
    () => (content ? buildSearchIndex(content, language) : null),
    [content, language],
  );
  return useMemo(() => (index ? search(index, text) : []), [index, text]);
}
