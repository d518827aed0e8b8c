// The search dialog's result list: plain rows, drawn again only when the results or the active row change.
import { Button } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKinds, type SearchHit, type SearchKind, type SearchResults } from '../../../shared/partners/search';
import './search.css';

export const LISTBOX_ID = 'global-search-results';
export const optionId = (i: number) => `global-search-option-${i}`;

interface RowProps {
  hit: SearchHit;
  index: number;
  selected: boolean;
  detail: string;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

const Row = memo(function Row({ hit, index, selected, detail, onHover, onOpen }: RowProps) {
  return (
    <button
      type="button"
      id={optionId(index)}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      className="search-option"
      onMouseDown={(e) => e.preventDefault()}
      onMouseEnter={() => onHover(index)}
      onClick={() => onOpen(hit)}
    >
      <span className="search-option-title">{hit.title}</span> <span className="search-option-detail">{detail}</span>
    </button>
  );
});

interface Props {
  results: SearchResults | undefined;
  /** The text whose results are on screen (undefined while the index is read). */
  query: string | undefined;
  active: number;
  expanded: readonly SearchKind[];
  detail: (hit: SearchHit) => string;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
  onExpand: (kind: SearchKind) => void;
}

export const SearchResultList = memo(function SearchResultList(props: Props) {
  const { results, query, active, expanded, detail, onHover, onOpen, onExpand } = props;
  const { t } = useTranslation('partners');
  let position = -1;
  return (
    // The text whose results are on screen: the benchmark times each keystroke until it matches.
    <div role="listbox" id={LISTBOX_ID} aria-label={t('search.results')} data-search-query={query}>
      {results &&
        searchKinds.map((kind) => {
          const hits = results.groups[kind];
          if (hits.length === 0) return null;
          const total = results.totals[kind];
          return (
            <div role="group" key={kind} aria-labelledby={`global-search-${kind}`}>
              <div id={`global-search-${kind}`} className="search-kind">
                {t(`search.kind.${kind}`)}
              </div>
              {hits.map((hit) => {
                position += 1;
                return (
                  <Row
                    key={`${hit.kind}:${hit.recordId}`}
                    hit={hit}
                    index={position}
                    selected={position === active}
                    detail={detail(hit)}
                    onHover={onHover}
                    onOpen={onOpen}
                  />
                );
              })}
              {total > hits.length &&
                (expanded.includes(kind) ? (
                  <div className="search-shown-of">{t('search.shownOf', { shown: hits.length, count: total })}</div>
                ) : (
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={() => onExpand(kind)}
                    aria-label={t('search.showAll', { kind: t(`search.kind.${kind}`), count: total })}
                  >
                    {t('search.more', { count: total - hits.length })}
                  </Button>
                ))}
            </div>
          );
        })}
    </div>
  );
});
