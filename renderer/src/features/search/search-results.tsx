import { FileText, Phone, ShieldCheck } from 'lucide-react';
import type { SearchHit } from '../../lib/search-index.ts';
import { selectOpenPrivacy, selectOpenProgram, selectUiText } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

export function SearchResults({ hits, searched }: { hits: SearchHit[]; searched: boolean }) {
  const ui = useKiosk(selectUiText);
  const openProgram = useKiosk(selectOpenProgram);
  const openPrivacy = useKiosk(selectOpenPrivacy);
  if (!searched) return <p className="search__prompt">{ui.searchPrompt}</p>;
  if (hits.length === 0) {
    return (
      <p className="search__none" role="status">
        {ui.noResults} {ui.askAtReception}.
      </p>
    );
  }
  return (
    <ul className="results" aria-label={ui.results}>
      {hits.map((hit) => (
        <li key={hit.kind === 'phone' ? hit.phone : `${hit.kind}:${hit.title}`}>
          <button
            type="button"
            className="result"
            onClick={() => (hit.kind === 'privacy' ? openPrivacy() : openProgram(hit.programId))}
          >
            <ResultIcon kind={hit.kind} />
            <span className="result__kind">
              {hit.kind === 'program'
                ? ui.resultProgram
                : hit.kind === 'phone'
                  ? ui.resultPhone
                  : ui.resultPrivacy}
            </span>
            <span className="result__title">{hit.kind === 'phone' ? hit.unit : hit.title}</span>
            {hit.kind === 'phone' && <span className="result__phone">{hit.phone}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function ResultIcon({ kind }: { kind: SearchHit['kind'] }) {
  const Icon = kind === 'phone' ? Phone : kind === 'privacy' ? ShieldCheck : FileText;
  return <Icon aria-hidden="true" className="result__icon" />;
}
