// Every namespace of both languages. A new area adds its pair of files here.
import plCommon from './pl/common';
import plHome from './pl/home';
import plPartners from './pl/partners';
import plCalendar from './pl/calendar';
import plVisits from './pl/visits';
import plExchanges from './pl/exchanges';
import plReports from './pl/reports';
import plSettings from './pl/settings';
import plBackup from './pl/backup';
import enCommon from './en/common';
import enHome from './en/home';
import enPartners from './en/partners';
import enCalendar from './en/calendar';
import enVisits from './en/visits';
import enExchanges from './en/exchanges';
import enReports from './en/reports';
import enSettings from './en/settings';
import enBackup from './en/backup';

export const resources = {
  pl: {
    common: plCommon, home: plHome, partners: plPartners, calendar: plCalendar, visits: plVisits,
    exchanges: plExchanges, reports: plReports, settings: plSettings, backup: plBackup,
  },
  en: {
    common: enCommon, home: enHome, partners: enPartners, calendar: enCalendar, visits: enVisits,
    exchanges: enExchanges, reports: enReports, settings: enSettings, backup: enBackup,
  },
} as const;

export type Namespace = keyof (typeof resources)['pl'];
