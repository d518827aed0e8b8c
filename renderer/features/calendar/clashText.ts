// Turns a clash into a sentence in the UI language (partner and country names, dates).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../shared/calendar/clashes';
import { assertNever, type Partner } from '../../../shared/domain';
import { countryName } from '../../../shared/i18n/names';
import { useLiveRead } from '../../app/useLiveRead';
import { listPartners } from '../../db/repositories/partners';
import { formatDate, useFormat } from '../../i18n/format';

/** Country names by language and code, asked of Intl once each. */
const countryNames = new Map<string, string>();

/** The same function until the language or the partners change (the grids compare it to skip drawing). */
export function useClashText(): (clash: Clash) => string {
  return useClashTextWith(useLiveRead(listPartners));
}

/** `useClashText` with the partners the caller has already read (the calendar page reads them once, for all). */
export function useClashTextWith(partners: readonly Partner[] | undefined): (clash: Clash) => string {
  const { t } = useTranslation('calendar');
  const { language } = useFormat();
  // A month holds thousands of clash lines: partner and country names are looked up once each.
  const names = useMemo(() => new Map((partners ?? []).map((p) => [p.id, p.name])), [partners]);
  return useMemo(() => {
    // The same sentence comes back often (a series' occurrences share their title): each is made once.
    const made = new Map<string, string>();
    const once = (id: string, make: () => string): string => {
      let text = made.get(id);
      if (text !== undefined) return text;
      // Kept to about a few busy months' worth: a long session of browsing does not keep every sentence.
      if (made.size >= 10_000) made.clear();
      made.set(id, (text = make()));
      return text;
    };
    return (clash: Clash): string => {
      switch (clash.type) {
        case 'holiday':
          return once(`h\u0000${clash.country}\u0000${clash.date}\u0000${clash.name}`, () => {
            const id = `${language}:${clash.country}`;
            let country = countryNames.get(id);
            if (country === undefined) countryNames.set(id, (country = countryName(clash.country, language)));
            return t('clashes.holiday', { country, name: clash.name, date: formatDate(clash.date, language) });
          });
        case 'partner':
          return once(`p\u0000${clash.partnerId}\u0000${clash.other.title}`, () =>
            t('clashes.partner', {
              partner: names.get(clash.partnerId) ?? clash.partnerId,
              other: clash.other.title,
            }),
          );
        case 'coordinator':
          return once(`c\u0000${clash.coordinator}\u0000${clash.other.title}`, () =>
            t('clashes.coordinator', { coordinator: clash.coordinator, other: clash.other.title }),
          );
        default:
          return assertNever(clash, 'clash');
      }
    };
  }, [t, language, names]);
}
