// What the import preview says about the file as a whole: the charset it was read in, the parts left out,
// and the time zones placed by name (an unknown one named with the zone its times were taken in).
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IcsPreview } from '../../../shared/export/icsPreview';
import type { IcsProblem, ImportNote } from '../../../shared/export/icsRead';
import { useFormat } from '../../i18n/format';

const CHARSETS: Record<string, string> = { 'windows-1250': 'Windows-1250', 'iso-8859-2': 'ISO-8859-2' };

/** The sentence for one left-out part. */
function useProblemText() {
  const { t } = useTranslation('calendar');
  return (p: IcsProblem): string => {
    if (p.code === 'truncated') return t('import.problems.truncated');
    if (p.code === 'badTimezone') return t('import.problems.badTimezone', { tzid: p.tzid });
    const name = [p.title ? `„${p.title}”` : t('import.unnamed'), p.uid ? `UID ${p.uid}` : '']
      .filter(Boolean)
      .join(', ');
    return t(`import.problems.${p.reason}`, { index: p.index, name, value: p.value ?? '' });
  };
}

/** The sentence for one row note (a repeat, an end before the start, a text cut short). */
export function useNoteText() {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  return (n: ImportNote): string => {
    switch (n.code) {
      case 'ruleNotStored':
      case 'detachedOccurrence':
        return t(`import.notes.${n.code}`);
      case 'endBeforeStart':
        return t('import.notes.endBeforeStart', { value: n.value.replace('T', ' ') });
      case 'shortened':
        return t('import.notes.shortened', { field: t(`import.fields.${n.field}`), limit: fmt.number(n.limit) });
    }
  };
}

export function ImportNotices({ preview }: { preview: Omit<IcsPreview, 'events'> }) {
  const { t } = useTranslation('calendar');
  const problemText = useProblemText();
  const zones = preview.zones;
  const warnZone = zones.some((z) => z.source === 'assumed' || z.source === 'offset');
  return (
    <>
      {preview.encoding !== 'utf-8' && (
        <Text size="sm">{t('import.encodingUsed', { encoding: CHARSETS[preview.encoding] ?? preview.encoding })}</Text>
      )}
      {preview.problems.length > 0 && (
        <Alert color="orange" title={t('import.problemsTitle')} aria-label={t('import.problemsTitle')}>
          <List size="sm">
            {preview.problems.slice(0, 200).map((p, i) => (
              <List.Item key={i}>{problemText(p)}</List.Item>
            ))}
          </List>
          {preview.problems.length > 200 && <Text size="sm">… +{preview.problems.length - 200}</Text>}
        </Alert>
      )}
      {zones.length > 0 && (
        <Alert color={warnZone ? 'orange' : 'blue'} title={t('import.zonesTitle')} aria-label={t('import.zonesTitle')}>
          <List size="sm">
            {zones.map((z) => (
              <List.Item key={z.tzid}>
                {t(`import.zones.${z.source as 'iana'}`, { tzid: z.tzid, zone: z.zone })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
