// Every namespace of the Polish interface, loaded as one chunk when the language is used.
import common from './common';
import home from './home';
import partners from './partners';
import calendar from './calendar';
import visits from './visits';
import exchanges from './exchanges';
import reports from './reports';
import settings from './settings';
import backup from './backup';
import team from './team';
import dossier from './dossier';
import desktop from './desktop';
import accessCopy from './accessCopy';

export default {
  common,
  home,
  partners,
  calendar,
  visits,
  exchanges,
  reports,
  settings,
  backup,
  team,
  dossier,
  desktop,
  accessCopy,
};
