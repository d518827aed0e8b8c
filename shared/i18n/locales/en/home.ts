// English strings of the home area.
import type pl from '../pl/home';
import type { Translation } from '../../types';

export default {
  title: 'Dashboard',
  subtitle: 'international relations of {{name}}',
  overview: 'Overview',
  profileMissing: {
    title: 'No office profile yet',
    body: 'Delegation dossiers, reports and lists have no letterhead with the municipality’s name, address and coat of arms yet.',
    action: 'Complete the profile in Settings',
  },
  example: {
    title: 'You are working on example data',
    body: 'The database holds example data (Swarzędz and its partners). When you start on your own, remove it with one button: your own entries stay.',
  },
  start: {
    profileTitle: 'First, the office profile',
    profileHelp:
      'The municipality’s and office’s names, address and coat of arms go on delegation dossiers, reports, lists and calendars. You can change them later in Settings.',
    partner: 'Add the first partner town',
    partnerHelp: 'Start with your own register of partner towns.',
    restore: 'Restore a backup…',
    restoreHelp: 'Have a backup from another computer or from before a reinstall?',
  },
} satisfies Translation<typeof pl>;
