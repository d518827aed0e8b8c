// The global search dialog: results grouped by kind, ranked, usable by keyboard (arrows move, Enter opens, Esc closes).
import { Button, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchKinds, type SearchHit, type SearchIndex, type SearchKind } from '../../../shared/partners/search';
import { useFormat } from '../../i18n/format';
import { partnerTitle, runSearch, searchIndex } from './liveIndex';
import { recordPath } from './targets';

const LISTBOX_ID = 'global-search-results';
const optionId = (i: number) => `global-search-option-${i}`;

export default function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('partners');
  const format = useFormat();
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

  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    void navigate(
      recordPath(hit.kind, hit.recordId, hit.partnerId, hit.kind === 'event' ? hit.detail : undefined, hit.parent),
    );
  };
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
  const detail = (hit: SearchHit): string => {
    if (hit.kind === 'partner') return hit.detail ? hit.detail.replace(/\b[A-Z]{2}$/, (c) => format.country(c)) : '';
    if (hit.kind === 'contact') {
      const town = hit.partnerId && index ? partnerTitle(index, hit.partnerId) : undefined;
      return [t(`contact.roles.${hit.detail as 'other'}`), town].filter(Boolean).join(', ');
    }
    return hit.detail ? format.date(hit.detail, 'short') : '';
  };

  let position = -1;
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
        {/* The text whose results are on screen: the benchmark times each keystroke until it matches. */}
        <div
          role="listbox"
          id={LISTBOX_ID}
          aria-label={t('search.results')}
          data-search-query={index ? deferred : undefined}
        >
          {results &&
            groups &&
            searchKinds.map(
              (kind) =>
                groups[kind].length > 0 && (
                  <div role="group" key={kind} aria-labelledby={`global-search-${kind}`}>
                    <Text id={`global-search-${kind}`} size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs">
                      {t(`search.kind.${kind}`)}
                    </Text>
                    {groups[kind].map((hit) => {
                      position += 1;
                      const i = position;
                      const selected = i === active;
                      return (
                        <UnstyledButton
                          key={`${hit.kind}:${hit.recordId}`}
                          id={optionId(i)}
                          role="option"
                          aria-selected={selected}
                          tabIndex={-1}
                          display="block"
                          w="100%"
                          px="xs"
                          py={4}
                          onMouseDown={(e) => e.preventDefault()}
                          onMouseEnter={() => setActive(i)}
                          onClick={() => openHit(hit)}
                          style={{
                            borderRadius: 4,
                            background: selected ? 'var(--mantine-color-indigo-light)' : undefined,
                          }}
                        >
                          <Text size="sm" span fw={500}>
                            {hit.title}
                          </Text>{' '}
                          <Text size="xs" span c="dimmed">
                            {detail(hit)}
                          </Text>
                        </UnstyledButton>
                      );
                    })}
                    {results.totals[kind] > groups[kind].length &&
                      (expanded.includes(kind) ? (
                        <Text size="xs" c="dimmed" px="xs">
                          {t('search.shownOf', { shown: groups[kind].length, count: results.totals[kind] })}
                        </Text>
                      ) : (
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          onClick={() => setExpanded((e) => [...e, kind])}
                          aria-label={t('search.showAll', {
                            kind: t(`search.kind.${kind}`),
                            count: results.totals[kind],
                          })}
                        >
                          {t('search.more', { count: results.totals[kind] - groups[kind].length })}
                        </Button>
                      ))}
                  </div>
                ),
            )}
        </div>
        <Text size="xs" c="dimmed">
          {t('search.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
