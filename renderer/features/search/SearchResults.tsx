// The search dialog's result list: plain rows, each drawn again only when what it shows or its selection changes.
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
  detail: (hit: SearchHit) => string;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/** The same record shown the same way: each search makes new hit objects, most of them for the rows already shown. */
const sameHit = (a: SearchHit, b: SearchHit) =>
  a.kind === b.kind &&
  a.recordId === b.recordId &&
  a.title === b.title &&
  a.detail === b.detail &&
  a.partnerId === b.partnerId &&
  a.parent?.kind === b.parent?.kind &&
  a.parent?.id === b.parent?.id;

const Row = memo(
  function Row({ hit, index, selected, detail, onHover, onOpen }: RowProps) {
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
        <span className="search-option-title">{hit.title}</span>{' '}
        <span className="search-option-detail">{detail(hit)}</span>
      </button>
    );
  },
  (a, b) =>
    a.index === b.index &&
    a.selected === b.selected &&
    a.detail === b.detail &&
    a.onHover === b.onHover &&
    a.onOpen === b.onOpen &&
    sameHit(a.hit, b.hit),
);

/** A group's heading, drawn again only when the language changes. */
const KindHeading = memo(function KindHeading({ kind }: { kind: SearchKind }) {
  const { t } = useTranslation('partners');
  return (
    <div id={`global-search-${kind}`} className="search-kind">
      {t(`search.kind.${kind}`)}
    </div>
  );
});

interface MoreProps {
  kind: SearchKind;
  shown: number;
  total: number;
  expanded: boolean;
  onExpand: (kind: SearchKind) => void;
}

/** Below a group with more hits than shown: a button that shows them all, or how many of them are shown. */
const KindMore = memo(function KindMore({ kind, shown, total, expanded, onExpand }: MoreProps) {
  const { t } = useTranslation('partners');
  if (expanded) return <div className="search-shown-of">{t('search.shownOf', { shown, count: total })}</div>;
  return (
    <Button
      variant="subtle"
      size="compact-xs"
      onClick={() => onExpand(kind)}
      aria-label={t('search.showAll', { kind: t(`search.kind.${kind}`), count: total })}
    >
      {t('search.more', { count: total - shown })}
    </Button>
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
              <KindHeading kind={kind} />
              {hits.map((hit) => {
                position += 1;
                return (
                  <Row
                    key={`${hit.kind}:${hit.recordId}`}
                    hit={hit}
                    index={position}
                    selected={position === active}
                    detail={detail}
                    onHover={onHover}
                    onOpen={onOpen}
                  />
                );
              })}
              {total > hits.length && (
                <KindMore
                  kind={kind}
                  shown={hits.length}
                  total={total}
                  expanded={expanded.includes(kind)}
                  onExpand={onExpand}
                />
              )}
            </div>
          );
        })}
    </div>
  );
});
