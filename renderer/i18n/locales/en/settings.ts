// English strings of the settings area.
import type pl from '../pl/settings';
import type { Translation } from '../../types';

export default {
  title: 'Settings and backup',
  appearance: 'Appearance and language',
  storage: {
    title: 'Data storage',
    persistence: 'Persistent storage:',
    persisted: 'granted',
    notPersisted: 'not confirmed',
    notPersistedHelp: 'The system may delete the data when the disk runs out of space. Make regular backups.',
  },
  version: '{{name}}, version {{version}}',
} satisfies Translation<typeof pl>;
