// The global search dialog: results grouped by kind, ranked, usable by keyboard (arrows move, Enter opens, Esc closes).
import { Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchKinds, type SearchHit, type SearchIndex, type SearchKind } from '../../../shared/partners/search';
import { countryName, formatDate, useFormat } from '../../i18n/format';
import { partnerTitle, runSearch, searchIndex } from './liveIndex';
import { LISTBOX_ID, optionId, SearchResultList } from './SearchResults';
import { recordPath } from './targets';

export default function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('partners');
  // Language only: the result rows are drawn again when it changes, not on every keystroke.
  const { language } = useFormat();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [active, setActive] = useState(0);
  /** Kinds whose every hit (up to a limit) the user asked to see. */
  const [expanded, setExpanded] = useState<SearchKind[]>([]);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    searchIndex().then(
      (i) => live && setIndex(i),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [opened]);

  // The input answers every key at once; results follow as soon as the search for the latest text is done.
  const deferred = useDeferredValue(query);
  const results = useMemo(
    () => (index && deferred.trim().length >= 2 ? runSearch(index, deferred, expanded) : undefined),
    [index, deferred, expanded],
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.label')}
      size="lg"
      yOffset="8vh"
      onExitTransitionEnd={() => {
        setQuery('');
        setActive(0);
        setExpanded([]);
      }}
    >
      <Stack gap="xs">
        <TextInput
          data-autofocus
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setExpanded([]);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={flat.length > 0 ? optionId(active) : undefined}
          rightSection={index ? null : <Loader size="xs" />}
        />
        {!index && (
          <Text size="sm" c="dimmed">
            {t('search.loading')}
          </Text>
        )}
        {groups && flat.length === 0 && (
          <Text size="sm" c="dimmed" role="status">
            {t('search.none')}
          </Text>
        )}
        <SearchResultList
          results={results}
          query={index ? deferred : undefined}
          active={active}
          expanded={expanded}
          detail={detail}
          onHover={setActive}
          onOpen={openHit}
          onExpand={expand}
        />
        <Text size="xs" c="dimmed">
          {t('search.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
