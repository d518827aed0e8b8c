// The dossier tab: its language (chosen per dossier, not the UI's), a preview, and PDF, HTML and DOCX exports.
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDossier } from '../../../shared/export/dossier';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import type { Language } from '../../../shared/ipc';
import { notifyError, notifyFileResult } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { gatherDossierData } from '../../db/repositories/visits';
import { currentLanguage } from '../../i18n';
import { exportDossier, type DossierFormat } from './exportDossier';

export function DossierPanel({ visitId }: { visitId: string }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [busy, setBusy] = useState<DossierFormat | null>(null);
  const html = useLiveQuery(async () => renderDossierHtml(buildDossier(await gatherDossierData(visitId), language)), [visitId, language]);

  const run = async (format: DossierFormat) => {
    setBusy(format);
    try {
      notifyFileResult(await exportDossier(visitId, language, format));
    } catch (error) {
      notifyError(tc(`db.${classifyDatabaseError(error)}`));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Radio.Group label={t('dossier.language')} value={language} onChange={(v) => setLanguage(v === 'en' ? 'en' : 'pl')}>
        <Group mt={4}>
          <Radio value="pl" label="Polski" lang="pl" />
          <Radio value="en" label="English" lang="en" />
        </Group>
      </Radio.Group>
      <Text size="sm" c="dimmed">{t('dossier.hint')}</Text>
      <Group gap="xs">
        <Button loading={busy === 'pdf'} onClick={() => void run('pdf')}>{t('dossier.pdf')}</Button>
        <Button variant="default" loading={busy === 'html'} onClick={() => void run('html')}>{t('dossier.html')}</Button>
        <Button variant="default" loading={busy === 'docx'} onClick={() => void run('docx')}>{t('dossier.docx')}</Button>
      </Group>
      {html && (
        <iframe title={t('dossier.preview')} srcDoc={html} sandbox="" style={{ width: '100%', height: 600, border: '1px solid var(--mantine-color-default-border)', background: '#fff' }} />
      )}
    </Stack>
  );
}
