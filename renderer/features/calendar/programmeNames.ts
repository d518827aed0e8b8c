// Funding programmes as the event form shows and recognises them: by label in the UI language, typed in any language.
import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../../shared/text/fold';
import type { Programme, ProgrammeNames } from './eventFormModel';

/** Known funding programmes by their label in the UI language, and recognised by their label in any loaded language. */
export function useProgrammeNames(): { label: (key: Programme) => string; names: ProgrammeNames } {
  const { t, i18n } = useTranslation('partners');
  return useMemo(
    () => ({
      label: (key: Programme) => t(`funding.${key}`),
      names: (key: Programme) =>
        (['pl', 'en'] as const)
          .filter((l) => i18n.hasResourceBundle(l, 'partners'))
          .map((l) => i18n.getFixedT(l, 'partners')(`funding.${key}`)),
    }),
    [t, i18n],
  );
}

/** Suggestions matching every typed word, whatever the case and accents ("wspolpraca" finds "Współpraca"). */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const keep = (o: ComboboxItem) => words.every((w) => fold(o.label).includes(w));
  return options.flatMap<ComboboxParsedItem>((o) => {
    if (!isOptionsGroup(o)) return keep(o) ? [o] : [];
    const items = o.items.filter(keep);
    return items.length > 0 ? [{ ...o, items }] : [];
  });
};
