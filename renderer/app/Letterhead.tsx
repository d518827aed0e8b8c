// The office's letterhead (coat of arms, office, municipality, address, contacts) above printed lists.
import { Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { letterheadLines } from '../../shared/domain';
import { useOfficeProfile } from '../features/settings/useOfficeProfile';

/** `printOnly` hides it on screen (lists whose screen view has the app's own header). */
export function Letterhead({ printOnly = false }: { printOnly?: boolean }) {
  const { t } = useTranslation('settings');
  const office = useOfficeProfile();
  if (!office?.stored) return null;
  const lines = letterheadLines(office.profile);
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      className={printOnly ? 'print-only' : undefined}
      data-testid="letterhead"
      aria-label={t('profile.letterhead')}
      role="group"
    >
      {office.profile.logo && <Image src={office.profile.logo} alt={t('profile.logoAlt')} h={56} w="auto" />}
      <Stack gap={0}>
        {lines.map((line, i) => (
          <Text key={i} size="sm" fw={i === 0 ? 700 : undefined}>
            {line}
          </Text>
        ))}
      </Stack>
    </Group>
  );
}
