// Turns a clash into a sentence in the UI language (partner and country names, dates).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../shared/calendar/clashes';
import { assertNever } from '../../../shared/domain';
import { countryName } from '../../../shared/i18n/names';
import { listPartners } from '../../db/repositories/partners';
import { formatDate, useFormat } from '../../i18n/format';

/** The same function until the language or the partners change (the grids compare it to skip drawing). */
export function useClashText(): (clash: Clash) => string {
  const { t } = useTranslation('calendar');
  const { language } = useFormat();
  const partners = useLiveQuery(listPartners);
  return useCallback(
    (clash: Clash) => {
      switch (clash.type) {
        case 'holiday':
          return t('clashes.holiday', {
            country: countryName(clash.country, language),
            name: clash.name,
            date: formatDate(clash.date, language),
          });
        case 'partner': {
          const partner = partners?.find((p) => p.id === clash.partnerId)?.name ?? clash.partnerId;
          return t('clashes.partner', { partner, other: clash.other.title });
        }
        case 'coordinator':
          return t('clashes.coordinator', { coordinator: clash.coordinator, other: clash.other.title });
        default:
          return assertNever(clash, 'clash');
      }
    },
    [t, language, partners],
  );
}
