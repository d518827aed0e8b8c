// The calendar page: period navigation (buttons and keys), views, filters, event details, form, ICS in and out, tasks.
import { Button, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { lazy, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../app/today';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CalendarItem } from '../../../shared/calendar/items';
import { allEvents, occurrenceDayFrom, storedEventsInRange } from '../../db/repositories/events';
import { AgendaView } from './AgendaView';
import { useClashTextWith } from './clashText';
import type { FormMode } from './EventForm';
import { saveIcs } from './icsFile';
import type { ImportState } from './ImportDialog';
import { MonthView } from './MonthView';
import { visibleRange, type CalendarView } from './range';
import { useCalendarUrl } from './useCalendarUrl';
import { useMove } from './useMove';
import { FilterBar, PeriodBar } from './Toolbar';
import { useCalendarData, useClashContext, type CalendarFilters } from './useCalendarData';
import { useCalendarRead } from './calendarRead';
import type { ViewProps } from './viewTypes';
import { WeekView } from './WeekView';
import { YearView } from './YearView';
import { useWriteLock } from '../../app/writeLock';
import { useUrlState } from '../../app/useUrlState';
import { Letterhead } from '../../app/Letterhead';
import './print.css';

// Loaded on first use: the month's first paint carries only the grid, not the forms and their libraries.
const EventDetails = lazy(() => import('./EventDetails').then((m) => ({ default: m.EventDetails })));
const EventForm = lazy(() => import('./EventForm').then((m) => ({ default: m.EventForm })));
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const TasksPanel = lazy(() => import('./TasksPanel').then((m) => ({ default: m.TasksPanel })));

/** An empty list that stays the same between draws (the bars are drawn again only when a prop changes). */
const NONE: never[] = [];

/** The filters as they stand in the URL ('' where unset). */
const filterDefaults = { kind: '', partner: '', status: '', coordinator: '' };

const VIEW_KEYS: Record<string, CalendarView> = {
  m: 'month',
  w: 'week',
  l: 'agenda',
  a: 'agenda',
  r: 'year',
  y: 'year',
};

export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const { view, cursor, eventParam, go, step, clearEvent } = useCalendarUrl();
  const navigate = useNavigate();
  const today = todayIso();
  const range = useMemo(() => visibleRange(view, cursor), [view, cursor]);
  // The filters stand in the URL beside the view and date, so an event's visit or partner and back keeps them.
  const [url, setUrl] = useUrlState(filterDefaults);
  const filters: CalendarFilters = useMemo(
    () => ({
      kind: url.kind || null,
      partner: url.partner || null,
      status: url.status || null,
      coordinator: url.coordinator || null,
    }),
    [url.kind, url.partner, url.status, url.coordinator],
  );
  const setFilters = useCallback(
    (f: CalendarFilters) =>
      setUrl({
        kind: f.kind ?? '',
        partner: f.partner ?? '',
        status: f.status ?? '',
        coordinator: f.coordinator ?? '',
      }),
    [setUrl],
  );
  const [form, setForm] = useState<FormMode>();
  const [openKey, setOpenKey] = useState<string>();
  const [importing, setImporting] = useState<ImportState>();
  // The range's items, the partners and the home town in one read (started by the route's loader where it ran).
  const loaded = useCalendarRead(range);
  const partners = loaded?.partners;
  const home = loaded?.home;
  const ctx = useClashContext(partners, home?.country);
  const data = useCalendarData(loaded, filters, ctx);
  const clashText = useClashTextWith(partners);

  // An event opened from elsewhere (dashboard, tasks, partner timeline): /calendar?event=<id>[&date=<day>]
  // Not on screen: look up its next day once and go there; give up only when that day's range is read and the
  // event is still not in it (a range read again meanwhile, e.g. after a write, is no reason to give up).
  const jump = useRef<{ event: string; day?: string }>(undefined);
  useEffect(() => {
    if (!eventParam) jump.current = undefined;
    if (!eventParam || !data || data.range.from !== range.from || data.range.to !== range.to) return;
    const mine = data.items.filter((i) => i.type === 'event' && i.id === eventParam);
    const hit = mine.find((i) => i.firstDay <= cursor && i.lastDay >= cursor) ?? mine[0];
    if (hit) {
      setOpenKey(hit.key);
      clearEvent();
    } else if (jump.current?.event !== eventParam) {
      const asked = { event: eventParam } as { event: string; day?: string };
      jump.current = asked;
      void occurrenceDayFrom(eventParam, today).then((day) => {
        if (jump.current !== asked) return;
        if (!day) return clearEvent();
        asked.day = day;
        go({ date: day });
      });
    } else if (jump.current.day && range.from <= jump.current.day && jump.current.day <= range.to) {
      clearEvent();
    }
  }, [eventParam, data, range, cursor, today, go, clearEvent]);

  const { onMove, question, asking } = useMove();
  const modalOpen = form !== undefined || openKey !== undefined || importing !== undefined || asking;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
      else if (e.key === 'ArrowRight' || e.key === 'PageDown') step(1);
      else if (e.key.toLowerCase() === 't') go({ date: todayIso() });
      else if (VIEW_KEYS[e.key.toLowerCase()]) go({ view: VIEW_KEYS[e.key.toLowerCase()] });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [modalOpen, step, go]);

  // Stable callbacks and props: the grid is drawn again only when what it shows changes.
  const onOpen = useCallback(
    (item: CalendarItem) => {
      if (item.type === 'visit') void navigate(`/visits/${item.id}`);
      else setOpenKey(item.key);
    },
    [navigate],
  );
  // Each item's clash sentences are put together once per read, however often the grid is drawn.
  const note = useMemo(() => {
    const notes = new Map<string, string | undefined>();
    return (item: CalendarItem) => {
      if (notes.has(item.key)) return notes.get(item.key);
      const list = data?.clashes.get(item.key);
      const text = list?.length ? list.map(clashText).join('\n') : undefined;
      notes.set(item.key, text);
      return text;
    };
  }, [data, clashText]);
  const onView = useCallback((v: CalendarView) => go({ view: v }), [go]);
  const onToday = useCallback(() => go({ date: todayIso() }), [go]);
  const onPick = useCallback((date: string, v: CalendarView) => go({ date, view: v }), [go]);
  const writable = !lock.disabled;
  const onCreate = useCallback((date: string, time?: string) => setForm({ kind: 'new', date, time }), []);
  const opened = openKey ? data?.items.find((i) => i.key === openKey) : undefined;
  const fresh = data !== undefined && data.range.from === range.from && data.range.to === range.to;
  const current: ViewProps | undefined = useMemo(
    () => data && { range, cursor, today, data, onOpen, note, onPick, ...(writable && { onCreate, onMove }) },
    [range, cursor, today, data, onOpen, note, onPick, onCreate, onMove, writable],
  );
  // A step to another period keeps the period on screen until the new one's items are read: the grid is drawn
  // once for the new period with its items, not first with the previous period's items and then again.
  const shown = useRef<{ view: CalendarView; props: ViewProps }>(undefined);
  const viewProps = !fresh && shown.current?.view === view ? shown.current.props : current;
  useEffect(() => {
    if (fresh && current) shown.current = { view, props: current };
  }, [fresh, current, view]);
  const homeName = home?.name ?? '';
  // The tasks panel below the grid is drawn once the grid is, at low priority, so it never holds the grid back.
  const [tasksShown, setTasksShown] = useState(false);
  const gridShown = viewProps !== undefined;
  useEffect(() => {
    if (gridShown) startTransition(() => setTasksShown(true));
  }, [gridShown]);

  return (
    <Stack gap="sm" className="calendar-page">
      <Letterhead printOnly />
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group gap="xs" className="no-print">
          <Button variant="default" onClick={() => window.print()}>
            {tc('actions.print')}
          </Button>
          <Button
            {...lock}
            onClick={() =>
              setForm({
                kind: 'new',
                date:
                  view === 'month' && cursor.slice(0, 7) !== today.slice(0, 7) ? `${cursor.slice(0, 7)}-01` : cursor,
              })
            }
          >
            {t('actions.newEvent')}
          </Button>
          <Button
            {...lock}
            variant="default"
            onClick={() => void import('./ImportDialog').then((m) => m.startImport()).then((s) => s && setImporting(s))}
          >
            {t('actions.importIcs')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t('actions.export')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() =>
                  void storedEventsInRange(range.from, range.to).then((events) =>
                    saveIcs(
                      events.filter((e) => data?.items.some((i) => i.type === 'event' && i.id === e.id)),
                      t('ics.fileRange', { from: range.from, to: range.to }),
                      partners ?? [],
                    ),
                  )
                }
              >
                {t('actions.exportRange')}
              </Menu.Item>
              <Menu.Item
                onClick={() => void allEvents().then((events) => saveIcs(events, t('ics.fileAll'), partners ?? []))}
              >
                {t('actions.exportAll')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <PeriodBar view={view} cursor={cursor} range={range} onView={onView} onStep={step} onToday={onToday} />
      <FilterBar
        filters={filters}
        partners={partners ?? NONE}
        coordinators={data?.coordinators ?? NONE}
        onChange={setFilters}
      />
      <Text size="xs" c="dimmed" className="no-print">
        {t('nav.keys')}
      </Text>
      {!viewProps ? (
        <Loader size="sm" role="status" aria-label={t('title')} />
      ) : (
        // The range on screen, once its items are read: tests and the benchmark wait for it.
        <div
          data-calendar-ready={
            data?.range.from === range.from && data.range.to === range.to ? `${range.from}/${range.to}` : undefined
          }
          data-calendar-count={data?.items.length}
        >
          {view === 'month' && <MonthView {...viewProps} />}
          {view === 'week' && <WeekView {...viewProps} />}
          {view === 'agenda' && <AgendaView {...viewProps} />}
          {view === 'year' && <YearView {...viewProps} />}
        </div>
      )}
      {tasksShown && (
        <Suspense fallback={null}>
          <div className="no-print">
            <TasksPanel partners={partners ?? NONE} />
          </div>
        </Suspense>
      )}
      {opened?.occurrence && (
        <Suspense fallback={null}>
          <EventDetails
            occurrence={opened.occurrence}
            clashes={data?.clashes.get(opened.key) ?? []}
            partners={partners ?? []}
            homeName={homeName}
            onClose={() => setOpenKey(undefined)}
            onEdit={(mode) => {
              setOpenKey(undefined);
              setForm(mode);
            }}
          />
        </Suspense>
      )}
      {form && (
        <Suspense fallback={null}>
          <EventForm
            mode={form}
            partners={partners ?? []}
            homeName={homeName}
            ctx={ctx}
            onClose={() => setForm(undefined)}
          />
        </Suspense>
      )}
      {question}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog state={importing} partners={partners ?? []} onClose={() => setImporting(undefined)} />
        </Suspense>
      )}
    </Stack>
  );
}
