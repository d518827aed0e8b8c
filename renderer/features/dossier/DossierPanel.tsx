// The dossier tab: its language (chosen per dossier, not the UI's), the health-data choice, a preview, and PDF/HTML/DOCX exports.
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifyFailure } from '../../app/failure';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDossier, needsWithheld } from '../../../shared/export/dossier';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import type { Language } from '../../../shared/ipc';
import { DocumentLanguage } from '../../app/DocumentLanguage';
import { notifyFileResult } from '../../app/notify';
import { gatherDossierData } from '../../db/repositories/visits';
import { currentLanguage } from '../../i18n';
import { exportDossier, type DossierFormat } from './exportDossier';

export function DossierPanel({ visitId }: { visitId: string }) {
  const { t } = useTranslation('visits');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [includeNeeds, setIncludeNeeds] = useState(false);
  const [busy, setBusy] = useState<DossierFormat | null>(null);
  const preview = useLiveQuery(async () => {
    const data = await gatherDossierData(visitId);
    return {
      html: renderDossierHtml(buildDossier(data, language, { includeNeeds })),
      withheld: includeNeeds ? needsWithheld(data.visit.members, data.today) : [],
    };
  }, [visitId, language, includeNeeds]);
  const html = preview?.html;
  const withheld = preview?.withheld ?? [];

  const run = async (format: DossierFormat) => {
    setBusy(format);
    try {
      notifyFileResult(await exportDossier(visitId, language, format, { includeNeeds }));
    } catch (error) {
      notifyFailure(format === 'pdf' ? 'print' : 'export', error, format.toUpperCase());
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <DocumentLanguage label={t('dossier.language')} value={language} onChange={setLanguage} />
      <Checkbox
        label={t('dossier.includeNeeds')}
        description={t('dossier.includeNeedsHint')}
        checked={includeNeeds}
        onChange={(e) => setIncludeNeeds(e.currentTarget.checked)}
      />
      {withheld.length > 0 && (
        <Alert color="blue" title={t('dossier.needsWithheld', { count: withheld.length })}>
          {withheld.map((m) => m.name).join(', ')}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('dossier.hint')}
      </Text>
      <Group gap="xs">
        <Button loading={busy === 'pdf'} onClick={() => void run('pdf')}>
          {t('dossier.pdf')}
        </Button>
        <Button variant="default" loading={busy === 'html'} onClick={() => void run('html')}>
          {t('dossier.html')}
        </Button>
        <Button variant="default" loading={busy === 'docx'} onClick={() => void run('docx')}>
          {t('dossier.docx')}
        </Button>
      </Group>
      {html && (
        <iframe
          title={t('dossier.preview')}
          srcDoc={html}
          sandbox=""
          style={{
            width: '100%',
            height: 600,
            border: '1px solid var(--mantine-color-default-border)',
            background: '#fff',
          }}
        />
      )}
    </Stack>
  );
}
