// Labels of the report in a chosen language (the screen's, or the one picked for an export).
import type { Language } from '../../../shared/ipc';
import type { ReportText } from '../../../shared/reports/tables';
import { i18n } from '../../i18n';
import { countryName, formatDate, formatMoney, formatNumber } from '../../i18n/format';

const GROUP_KEYS: Record<string, (key: string) => string> = {
  kind: (k) => `calendar:kinds.${k}`,
  ageGroup: (k) => `exchanges:ageGroup.${k}`,
  role: (k) => `exchanges:role.${k}`,
  stage: (k) => `partners:stage.${k}`,
  funding: (k) => `partners:funding.${k}`,
};

export function reportText(language: Language, partnerNames: Record<string, string>): ReportText {
  const t = i18n.getFixedT(language, 'reports');
  return {
    t: (key) => t(key),
    value: (group, key) => {
      if (group === 'country') return countryName(key, language);
      if (group === 'month') return formatDate(`${key}-01`, language, 'monthYear');
      const i18nKey = GROUP_KEYS[group]?.(key);
      return i18nKey ? t(i18nKey, { defaultValue: key }) : key;
    },
    partner: (id) => partnerNames[id] ?? id,
    date: (iso) => formatDate(iso, language, 'short'),
    number: (n) => formatNumber(n, language),
    money: (amount, currency) => formatMoney(amount, currency, language),
  };
}
