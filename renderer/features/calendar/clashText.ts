// Turns a clash into a sentence in the UI language (partner and country names, dates).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../shared/calendar/clashes';
import { assertNever } from '../../../shared/domain';
import { listPartners } from '../../db/repositories/partners';
import { useFormat } from '../../i18n/format';

export function useClashText(): (clash: Clash) => string {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const partners = useLiveQuery(listPartners);
  const partnerName = (id: string) => partners?.find((p) => p.id === id)?.name ?? id;
  return (clash) => {
    switch (clash.type) {
      case 'holiday':
        return t('clashes.holiday', {
          country: fmt.country(clash.country),
          name: clash.name,
          date: fmt.date(clash.date),
        });
      case 'partner':
        return t('clashes.partner', { partner: partnerName(clash.partnerId), other: clash.other.title });
      case 'coordinator':
        return t('clashes.coordinator', { coordinator: clash.coordinator, other: clash.other.title });
      default:
        return assertNever(clash, 'clash');
    }
  };
}
