// Turns a clash into a sentence in the UI language (partner and country names, dates).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../shared/calendar/clashes';
import { assertNever } from '../../../shared/domain';
import { countryName } from '../../../shared/i18n/names';
import { listPartners } from '../../db/repositories/partners';
import { formatDate, useFormat } from '../../i18n/format';

/** Country names by language and code, asked of Intl once each. */
const countryNames = new Map<string, string>();

/** The same function until the language or the partners change (the grids compare it to skip drawing). */
export function useClashText(): (clash: Clash) => string {
  const { t } = useTranslation('calendar');
  const { language } = useFormat();
  const partners = useLiveQuery(listPartners);
  // A month holds thousands of clash lines: partner and country names are looked up once each.
  const names = useMemo(() => new Map((partners ?? []).map((p) => [p.id, p.name])), [partners]);
  return useCallback(
    (clash: Clash) => {
      switch (clash.type) {
        case 'holiday': {
          const id = `${language}:${clash.country}`;
          let country = countryNames.get(id);
          if (country === undefined) countryNames.set(id, (country = countryName(clash.country, language)));
          return t('clashes.holiday', {
            country,
            name: clash.name,
            date: formatDate(clash.date, language),
          });
        }
        case 'partner': {
          const partner = names.get(clash.partnerId) ?? clash.partnerId;
          return t('clashes.partner', { partner, other: clash.other.title });
        }
        case 'coordinator':
          return t('clashes.coordinator', { coordinator: clash.coordinator, other: clash.other.title });
        default:
          return assertNever(clash, 'clash');
      }
    },
    [t, language, names],
  );
}
