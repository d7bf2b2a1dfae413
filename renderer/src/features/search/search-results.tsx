import { Clock, ConciergeBell, FileText, Phone, ShieldCheck } from 'lucide-react';
import type { SearchHit } from '../../lib/search-index.ts';
import {
  selectOpenPhones,
  selectOpenPrivacy,
  selectOpenProgram,
  selectUiText,
} from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';

export function SearchResults({ hits, searched }: { hits: SearchHit[]; searched: boolean }) {
  const ui = useKiosk(selectUiText);
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
        <li key={hitKey(hit)}>
          {hit.kind === 'desk' ? (
            <p className="result result--desk" role="status">
              <ConciergeBell aria-hidden="true" className="result__icon" />
              <span className="result__title">{ui.askAtReception}</span>
            </p>
          ) : (
            <ResultButton hit={hit} />
          )}
        </li>
      ))}
    </ul>
  );
}

const hitKey = (hit: SearchHit): string =>
  hit.kind === 'phone'
    ? hit.phone
    : hit.kind === 'desk'
      ? `desk:${hit.topic}`
      : hit.kind === 'hours'
        ? 'hours'
        : `${hit.kind}:${hit.title}`;

function ResultButton({ hit }: { hit: Exclude<SearchHit, { kind: 'desk' }> }) {
  const ui = useKiosk(selectUiText);
  const openProgram = useKiosk(selectOpenProgram);
  const openPrivacy = useKiosk(selectOpenPrivacy);
  const openPhones = useKiosk(selectOpenPhones);
  const open = () =>
    hit.kind === 'privacy'
      ? openPrivacy()
      : hit.kind === 'hours'
        ? openPhones()
        : openProgram(hit.programId);
  const kind = {
    program: ui.resultProgram,
    phone: ui.resultPhone,
    privacy: ui.resultPrivacy,
    hours: ui.officeHours,
  }[hit.kind];
  return (
    <button type="button" className="result" onClick={open}>
      <ResultIcon kind={hit.kind} />
      <span className="result__kind">{kind}</span>
      <span className="result__title">
        {hit.kind === 'phone' ? hit.unit : hit.kind === 'hours' ? ui.allPhoneNumbers : hit.title}
      </span>
      {hit.kind === 'phone' && <span className="result__phone">{hit.phone}</span>}
    </button>
  );
}

function ResultIcon({ kind }: { kind: SearchHit['kind'] }) {
  const Icon =
    kind === 'phone'
      ? Phone
      : kind === 'privacy'
        ? ShieldCheck
        : kind === 'hours'
          ? Clock
          : FileText;
  return <Icon aria-hidden="true" className="result__icon" />;
}
