// The person page's art. 15 access copy: every record with the person's own health notes, purposes,
// recipients, retention and source, in Polish or English, saved as JSON or printed to PDF.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifyFailure } from '../../app/failure';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterheadLines } from '../../../shared/domain';
import { accessCopyHtml, accessCopyJson, buildAccessCopy, type AccessCopy } from '../../../shared/exchanges/accessCopy';
import { accessCopyWords } from '../../../shared/exchanges/accessCopyText';
import type { Language } from '../../../shared/ipc';
import { DocumentLanguage } from '../../app/DocumentLanguage';
import { notifyFileResult } from '../../app/notify';
import { todayIso } from '../../app/today';
import type { PersonRecord } from '../../db/repositories/participants';
import { homeTownSetting, readSetting } from '../../db/repositories/settings';
import { retentionSetting } from '../../db/repositories/participants';
import { currentLanguage } from '../../i18n';
import { platform } from '../../platform';
import { fileStem } from '../../../shared/text/fold';

/** The copy of the given records (the person's, oldest first) as of today, in `language`. */
export async function accessCopyOf(all: readonly PersonRecord[], language: Language): Promise<AccessCopy> {
  const [retention, home] = await Promise.all([readSetting(retentionSetting), readSetting(homeTownSetting)]);
  return buildAccessCopy(
    {
      records: all.map((r) => ({
        participant: r.participant,
        camp: r.occurrence
          ? { title: r.occurrence.title, start: r.occurrence.start, end: r.occurrence.end }
          : r.event
            ? { title: r.event.title, start: r.participant.occurrence, end: r.participant.occurrence }
            : undefined,
        room: r.room?.name,
        sendingTown: r.sendingTown.name,
      })),
      retentionYears: retention.participantsYears,
      controller: letterheadLines(home),
      today: todayIso(),
    },
    language,
  );
}

export function AccessCopyCard({ all }: { all: readonly PersonRecord[] }) {
  const { t } = useTranslation('exchanges');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const p = all[0]!.participant;
  const stem = fileStem([t('person.accessCopyFile'), p.lastName, p.firstName]);
  const run = async (kind: 'json' | 'pdf') => {
    try {
      const copy = await accessCopyOf(all, language);
      const words = accessCopyWords(language);
      const result =
        kind === 'json'
          ? await platform.saveFile({
              suggestedName: `${stem}.json`,
              data: accessCopyJson(copy),
              filters: [{ name: 'JSON', extensions: ['json'] }],
            })
          : await platform.printToPdf({
              html: accessCopyHtml(copy),
              suggestedName: `${stem}.pdf`,
              header: copy.title,
              pageLabel: words.page,
              ofLabel: words.of,
            });
      notifyFileResult(result);
    } catch (error) {
      notifyFailure(kind === 'pdf' ? 'print' : 'export', error, kind.toUpperCase());
    }
  };
  return (
    <Card withBorder className="no-print">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('person.accessCopy')}
        </Title>
        <Text size="sm">{t('person.accessCopyHelp')}</Text>
        <DocumentLanguage label={t('person.accessCopyLanguage')} value={language} onChange={setLanguage} />
        <Group>
          <Button variant="light" onClick={() => void run('json')}>
            {t('person.accessCopyJson')}
          </Button>
          <Button variant="light" onClick={() => void run('pdf')}>
            {t('person.accessCopyPdf')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
