// The list view: every item of the period in a dense table, with its clashes spelled out.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../shared/calendar/items';
import { TextCell } from '../../app/TextCell';
import { useFormat } from '../../i18n/format';
import { colourOf } from './ItemChip';
import type { ViewProps } from './viewTypes';

export function AgendaView({ data, onOpen, note }: ViewProps) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  if (data.items.length === 0) return <Text c="dimmed">{t('empty')}</Text>;
  const when = (i: CalendarItem) => {
    const first = fmt.date(i.firstDay, 'weekdayShort');
    const range = i.lastDay !== i.firstDay ? `${first} – ${fmt.date(i.lastDay, 'weekdayShort')}` : first;
    return i.allDay ? range : `${range}, ${i.start.slice(11, 16)}–${i.end.slice(11, 16)}`;
  };
  return (
    <Table striped highlightOnHover verticalSpacing={4} aria-label={t('views.agenda')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('details.when')}</Table.Th>
          <Table.Th>{t('form.title')}</Table.Th>
          <Table.Th>{t('form.kind')}</Table.Th>
          <Table.Th>{t('form.status')}</Table.Th>
          <Table.Th>{t('markers.clash')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.items.map((item) => (
          <Table.Tr key={item.key}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(item)}</Table.Td>
            <TextCell text={item.title} minWidth={160} maxWidth={360}>
              <Anchor
                component="button"
                type="button"
                fz="sm"
                truncate="end"
                display="block"
                maw="100%"
                onClick={() => onOpen(item)}
                td={item.cancelled ? 'line-through' : undefined}
              >
                {item.title}
              </Anchor>
            </TextCell>
            <Table.Td>
              <Badge variant="light" color={colourOf(item)}>
                {item.type === 'visit' ? t('visit') : t(`kinds.${item.kind ?? 'other'}`)}
              </Badge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {item.type === 'visit' ? t(`visitStatuses.${item.status}`) : t(`statuses.${item.status}`)}
            </Table.Td>
            <Table.Td miw={200}>
              <Text size="xs" c="red" style={{ whiteSpace: 'pre-line' }}>
                {note(item) ?? ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
