// An event dragged in the grids is saved with "Undo"; a series' occurrence first asks: only this one, or the whole series?
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../shared/calendar/items';
import { saveWithUndo } from '../../app/undoable';
import { getEvent, saveEvent, saveOccurrence } from '../../db/repositories/events';
import type { Span } from './moves';
import { seriesMoved } from './moves';

interface Asked {
  item: CalendarItem;
  span: Span;
}

/** The move handler for the grids and the question it may ask (render `question` in the page). */
export function useMove() {
  const { t } = useTranslation('calendar');
  const [asked, setAsked] = useState<Asked>();

  const save = useCallback(
    (item: CalendarItem, span: Span, whole: boolean) => {
      const o = item.occurrence;
      if (!o) return;
      void saveWithUndo(t('move.done', { title: item.title }), async () => {
        if (!whole && o.event.series === 1) {
          const event = await getEvent(o.event.id);
          const kept = event?.exceptions?.find((x) => x.date === o.key);
          await saveOccurrence(o.event.id, { ...kept, date: o.key, start: span.start, end: span.end });
        } else {
          const event = await getEvent(o.event.id);
          if (!event) throw new Error(`No event ${o.event.id}`);
          await saveEvent(
            whole && event.series === 1
              ? seriesMoved(event, { start: item.start, end: item.end }, span)
              : { ...event, start: span.start, end: span.end },
          );
        }
      });
    },
    [t],
  );

  const onMove = useCallback(
    (item: CalendarItem, span: Span) => {
      if (item.type !== 'event' || !item.occurrence) return;
      if (item.occurrence.event.series === 1) setAsked({ item, span });
      else save(item, span, false);
    },
    [save],
  );

  const answer = (whole: boolean) => {
    if (asked) save(asked.item, asked.span, whole);
    setAsked(undefined);
  };

  const question = asked && (
    <Modal opened onClose={() => setAsked(undefined)} title={t('move.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('move.ask', { title: asked.item.title })}</Text>
        <Group>
          <Button onClick={() => answer(false)}>{t('move.only')}</Button>
          <Button variant="light" onClick={() => answer(true)}>
            {t('move.series')}
          </Button>
          <Button variant="default" onClick={() => setAsked(undefined)}>
            {t('move.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { onMove, question, asking: asked !== undefined };
}
