// The global search dialog: results grouped by kind, ranked, usable by keyboard (arrows move, Enter opens, Esc closes).
import { Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchKinds, type SearchHit, type SearchIndex, type SearchKind } from '../../../shared/partners/search';
import { countryName, formatDate, useFormat } from '../../i18n/format';
import { partnerTitle, runSearch, searchIndex } from './liveIndex';
import { LISTBOX_ID, optionId, SearchResultList } from './SearchResults';
import { recordPath } from './targets';

/** No kind opened up: one array, so a keystroke that keeps it so changes nothing. */
const NONE: readonly SearchKind[] = [];

export default function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('partners');
  // The dialog's frame stays as it is while the user types: only the panel inside it is drawn again. The panel
  // is mounted while the dialog is open, so each opening starts with an empty box.
  return (
    <Modal opened={opened} onClose={onClose} title={t('search.label')} size="lg" yOffset="8vh">
      <SearchPanel onClose={onClose} />
    </Modal>
  );
}

function SearchPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('partners');
  // Language only: the result rows are drawn again when it changes, not on every keystroke.
  const { language } = useFormat();
  // The panel's own words, looked up once per language rather than on every keystroke.
  const words = useMemo(
    () => ({
      label: t('search.label'),
      placeholder: t('search.placeholder'),
      loading: t('search.loading'),
      none: t('search.none'),
      hint: t('search.hint'),
    }),
    [t],
  );
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [active, setActive] = useState(0);
  /** Kinds whose every hit (up to a limit) the user asked to see. */
  const [expanded, setExpanded] = useState<readonly SearchKind[]>(NONE);

  useEffect(() => {
    let live = true;
    searchIndex().then(
      (i) => live && setIndex(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // Searched in the same step as the key: the results are drawn in the frame that shows the letter, not in a
  // later one (a deferred search put them one frame behind the box on every keystroke).
  const results = useMemo(
    () => (index && query.trim().length >= 2 ? runSearch(index, query, expanded) : undefined),
    [index, query, expanded],
  );
  const groups = results?.groups;
  const flat: SearchHit[] = useMemo(() => (groups ? searchKinds.flatMap((k) => groups[k]) : []), [groups]);

  const openHit = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit) return;
      onClose();
      void navigate(
        recordPath(hit.kind, hit.recordId, hit.partnerId, hit.kind === 'event' ? hit.detail : undefined, hit.parent),
      );
    },
    [onClose, navigate],
  );
  const expand = useCallback((kind: SearchKind) => setExpanded((e) => [...e, kind]), []);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + flat.length) % flat.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openHit(flat[active]);
    }
  };
  const detail = useCallback(
    (hit: SearchHit): string => {
      if (hit.kind === 'partner')
        return hit.detail ? hit.detail.replace(/\b[A-Z]{2}$/, (c) => countryName(c, language)) : '';
      if (hit.kind === 'contact') {
        const town = hit.partnerId && index ? partnerTitle(index, hit.partnerId) : undefined;
        return [t(`contact.roles.${hit.detail as 'other'}`), town].filter(Boolean).join(', ');
      }
      return hit.detail ? formatDate(hit.detail, language, 'short') : '';
    },
    [language, index, t],
  );
  return (
    <Stack gap="xs">
      <TextInput
        data-autofocus
        aria-label={words.label}
        placeholder={words.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setExpanded(NONE);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={flat.length > 0}
        aria-controls={LISTBOX_ID}
        aria-autocomplete="list"
        aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
        rightSection={index ? null : <Loader size="xs" />}
      />
      {!index && <Dimmed text={words.loading} />}
      {groups && flat.length === 0 && <Dimmed text={words.none} status />}
      <SearchResultList
        results={results}
        query={index ? query : undefined}
        active={active}
        expanded={expanded}
        detail={detail}
        onHover={setActive}
        onOpen={openHit}
        onExpand={expand}
      />
      <Dimmed text={words.hint} small />
    </Stack>
  );
}

/** A dimmed line of text, drawn again only when its words change. */
const Dimmed = memo(function Dimmed({ text, status, small }: { text: string; status?: boolean; small?: boolean }) {
  return (
    <Text size={small ? 'xs' : 'sm'} c="dimmed" role={status ? 'status' : undefined}>
      {text}
    </Text>
  );
});
