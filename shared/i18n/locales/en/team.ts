// English strings of team sync: the Settings card, the header status and who changed a record.
import type pl from '../pl/team';
import type { Translation } from '../../types';

export default {
  title: 'Team',
  help: 'The whole office works on one dataset through the town hall’s CouchDB server. Every desk also works offline.',
  url: 'Server address',
  urlHelp: 'e.g. https://couch.gmina.example.pl',
  user: 'Login',
  password: 'Password',
  connect: 'Connect',
  connecting: 'Connecting…',
  connectedAs: 'Connected as {{user}} to {{url}}',
  roles: 'Roles: {{roles}}',
  disconnect: 'Disconnect',
  disconnected: 'This desk now works alone. Its data stays on this computer.',
  first: {
    title: 'This desk already holds data',
    body_one: 'This computer holds {{count}} record. What should happen to it?',
    body_other: 'This computer holds {{count}} records. What should happen to them?',
    backup: 'A backup of the current data is made first (among the automatic backups).',
    send: 'Send my records to the office',
    replace: 'Replace them with the office’s',
    youthTitle: 'Exchange participants will leave this desk',
    youthRemoved_one:
      'The login {{user}} does not have the “youth” role, so {{count}} exchange participant will be removed from this computer. The backup made before connecting still holds them.',
    youthRemoved_other:
      'The login {{user}} does not have the “youth” role, so {{count}} exchange participants will be removed from this computer. The backup made before connecting still holds them.',
    cancel: 'Cancel',
  },
  refused: {
    badAddress: 'That is not a valid server address.',
    insecure: 'The server must be reached over https.',
    unauthorized: 'The server did not accept the login or password.',
    unreachable: 'Could not reach the server.',
    noSecureStorage: 'The system offers no secure storage for the password.',
    failed: 'Connecting failed.',
    backup: 'The backup could not be made – nothing was changed.',
  },
  status: {
    label: 'Sync',
    connecting: 'Syncing…',
    upToDate: 'Up to date',
    waiting_one: '{{count}} change waiting',
    waiting_other: '{{count}} changes waiting',
    offline: 'Offline',
    error: 'Sync error',
    lastSync: 'last {{time}}',
    never: 'not synced yet',
    retry: 'Try again',
    reasons: {
      unauthorized: 'the server refused the login – connect again in Settings',
      forbidden: 'the server refused the change',
      notConnected: 'no login – connect again in Settings',
      compactRefused:
        'the server did not allow removing old versions of erased data – IT should run office:setup again',
    },
  },
  merge: {
    title: 'Changed meanwhile on another desk',
    field: '{{field}}: changed meanwhile by {{user}} – their value: “{{value}}”',
    take: 'Take their value',
    deleted: '{{user}} deleted this record on another desk; it was kept because {{kept}} changed it.',
    itemDeleted: '{{user}} deleted on another desk: {{field}}; it was kept because {{kept}} changed it.',
    itemName: '“{{name}}”',
    anItem: 'an item',
    otherField: 'another field',
    yes: 'yes',
    no: 'no',
  },
  changedBy: 'Last changed by {{user}}, {{time}}',
} satisfies Translation<typeof pl>;
