// The calendar toolbar: previous/today/next, the period's title, the view switch and the filters.
import { ActionIcon, Button, Group, Select, Title } from '@mantine/core';
import { optionsWhenOpened } from '../../app/theme';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, eventStatuses, type Partner } from '../../../shared/domain';
import { useFormat } from '../../i18n/format';
import { calendarViews, type CalendarView, type VisibleRange } from './range';
import './grid.css';
import type { CalendarFilters } from './useCalendarData';

interface Props {
  view: CalendarView;
  cursor: string;
  range: VisibleRange;
  onView: (view: CalendarView) => void;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
}

/** Drawn again only when its props change, not each time one of the page's reads comes in. */
export const PeriodBar = memo(function PeriodBar({ view, cursor, range, onView, onStep, onToday }: Props) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const heading =
    view === 'year' ? cursor.slice(0, 4) : view === 'week' ? fmt.dateRange(range.from, range.to) : fmt.heading(cursor);
  return (
    <Group justify="space-between" wrap="wrap">
      <Group gap="xs" role="group" aria-label={t('nav.label')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('nav.prev')}
          title={t('nav.prev')}
          className="no-print"
          onClick={() => onStep(-1)}
        >
          ‹
        </ActionIcon>
        <Button variant="default" onClick={onToday} className="no-print">
          {t('nav.today')}
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('nav.next')}
          title={t('nav.next')}
          className="no-print"
          onClick={() => onStep(1)}
        >
          ›
        </ActionIcon>
        <Title
          order={2}
          size="h3"
          aria-live="polite"
          style={{ textTransform: view === 'month' ? 'capitalize' : undefined }}
          data-testid="calendar-period"
        >
          {heading}
        </Title>
      </Group>
      {/* Native radios styled as a segmented control (grid.css): Mantine's SegmentedControl measures its indicator
          after every draw, a forced layout of the whole page each time the calendar opens. */}
      <div role="radiogroup" aria-label={t('views.label')} className="cal-views no-print">
        {calendarViews.map((v) => (
          <label key={v} className="cal-view">
            <input type="radio" name="calendar-view" value={v} checked={view === v} onChange={() => onView(v)} />
            <span>{t(`views.${v}`)}</span>
          </label>
        ))}
      </div>
    </Group>
  );
});

interface FilterProps {
  filters: CalendarFilters;
  partners: Partner[];
  coordinators: string[];
  onChange: (filters: CalendarFilters) => void;
}

export const FilterBar = memo(function FilterBar({ filters, partners, coordinators, onChange }: FilterProps) {
  const { t } = useTranslation('calendar');
  const set = (key: keyof CalendarFilters) => (value: string | null) => onChange({ ...filters, [key]: value });
  const statuses = eventStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }));
  return (
    <Group gap="xs" role="group" aria-label={t('filters.label')} wrap="wrap" className="no-print">
      <Select
        comboboxProps={optionsWhenOpened}
        size="xs"
        w={200}
        label={t('filters.kind')}
        placeholder={t('filters.all')}
        clearable
        value={filters.kind}
        onChange={set('kind')}
        data={[
          ...eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          { value: 'visit', label: t('filters.visits') },
        ]}
      />
      <Select
        comboboxProps={optionsWhenOpened}
        size="xs"
        w={180}
        label={t('filters.partner')}
        placeholder={t('filters.all')}
        clearable
        searchable
        value={filters.partner}
        onChange={set('partner')}
        data={partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Select
        comboboxProps={optionsWhenOpened}
        size="xs"
        w={150}
        label={t('filters.status')}
        placeholder={t('filters.all')}
        clearable
        value={filters.status}
        onChange={set('status')}
        data={statuses}
      />
      <Select
        comboboxProps={optionsWhenOpened}
        size="xs"
        w={200}
        label={t('filters.coordinator')}
        placeholder={t('filters.all')}
        clearable
        searchable
        value={filters.coordinator}
        onChange={set('coordinator')}
        data={coordinators}
      />
    </Group>
  );
});
