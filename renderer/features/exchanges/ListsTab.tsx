// Lists of a camp occurrence: the insurer's list (CSV, XLSX), the funder's summary, printable lists.
import { Alert, Button, Card, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGE_GROUPS, funderSummary, insurerRows, healthNotesWithheld } from '../../../shared/exchanges/lists';
import { occurrenceDays } from '../../../shared/exchanges/occurrences';
import { participantRoles } from '../../../shared/domain';
import { todayIso } from '../../app/today';
import { useFormat } from '../../i18n/format';
import type { CampContext } from './context';
import { fileStem } from '../../../shared/text/fold';
import { saveCsv, saveXlsx } from './files';

/** The funder summary's rows: text and counts, as on screen and in its files. */
type FunderRow = (string | number | null)[];

export function ListsTab({ eventId, occurrence, occ, participants, town }: CampContext) {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const [sensitive, setSensitive] = useState(false);
  const headers = {
    lastName: t('field.lastName'),
    firstName: t('field.firstName'),
    birthDate: t('field.birthDate'),
    sendingTown: t('field.sendingTown'),
    dietaryNotes: t('field.dietaryNotes'),
    medicalNotes: t('field.medicalNotes'),
  };
  const insurer = () => insurerRows(participants, town, headers, sensitive ? todayIso() : undefined);
  const withheld = sensitive ? healthNotesWithheld(participants, todayIso()) : [];
  const insurerStem = fileStem([t('lists.insurerFile'), occ.start.slice(0, 4)]);
  const summary = funderSummary(participants, occ.start, occurrenceDays(occ), town);
  const funderRows: FunderRow[] = [
    [t('funder.category'), t('funder.value'), t('funder.count')],
    [t('funder.camp'), `${occ.title} (${occ.start} – ${occ.end})`, null],
    [t('funder.total'), '', summary.total],
    [t('funder.days'), '', summary.days],
    [t('funder.personDays'), '', summary.personDays],
    ...Object.entries(summary.byCountry).map(([c, n]): FunderRow => [t('funder.country'), format.country(c), n]),
    ...Object.entries(summary.byTown).map(([c, n]): FunderRow => [t('funder.town'), c, n]),
    ...AGE_GROUPS.map((g): FunderRow => [t('funder.ageGroup'), t(`ageGroup.${g}`), summary.byAgeGroup[g]]),
    ...participantRoles.map((r): FunderRow => [t('funder.role'), t(`role.${r}`), summary.byRole[r]]),
  ];
  const funderStem = fileStem([t('lists.funderFile'), occ.start.slice(0, 4)]);
  const printBase = `/exchanges/${eventId}/${occurrence}/print`;

  return (
    <Stack>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('lists.insurer')}
          </Title>
          <Text size="sm">{t('lists.insurerHelp')}</Text>
          <Checkbox
            label={t('lists.includeSensitive')}
            description={t('lists.includeSensitiveHelp')}
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
          />
          {sensitive && <Alert color="orange">{t('lists.sensitiveWarning')}</Alert>}
          {withheld.length > 0 && (
            <Alert color="blue" title={t('lists.medicalWithheld', { count: withheld.length })}>
              {withheld.map((p) => `${p.lastName} ${p.firstName}`).join(', ')}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void saveCsv(insurerStem, insurer())}>{t('lists.insurerCsv')}</Button>
            <Button
              variant="default"
              onClick={() => void saveXlsx(insurerStem, [{ name: t('lists.insurer'), rows: insurer() }])}
            >
              {t('lists.insurerXlsx')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('lists.funder')}
          </Title>
          <Table aria-label={t('lists.funder')} maw={720}>
            <Table.Thead>
              <Table.Tr>
                {funderRows[0]!.map((h, i) => (
                  <Table.Th key={i}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {funderRows.slice(1).map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((c, j) => (
                    <Table.Td key={j}>{typeof c === 'number' ? format.number(c) : c}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button onClick={() => void saveCsv(funderStem, funderRows)}>{t('lists.funderCsv')}</Button>
            <Button
              variant="default"
              onClick={() => void saveXlsx(funderStem, [{ name: t('lists.funder'), rows: funderRows }])}
            >
              {t('lists.funderXlsx')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Group>
          <Button variant="default" component={Link} to={`${printBase}/attendance`}>
            {t('lists.attendance')}
          </Button>
          <Button variant="default" component={Link} to={`${printBase}/rooming`}>
            {t('rooms.print')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
