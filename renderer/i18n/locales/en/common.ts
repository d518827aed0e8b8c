// English strings of the app shell: navigation, buttons used everywhere, database problems.
import type pl from '../pl/common';
import type { Translation } from '../../types';

export default {
  appName: 'Twinning Desk',
  nav: {
    label: 'Main navigation',
    home: 'Dashboard',
    partners: 'Partner towns',
    calendar: 'Calendar',
    visits: 'Delegation visits',
    exchanges: 'Youth exchanges',
    reports: 'Reports',
    settings: 'Settings & backup',
  },
  language: { label: 'Interface language', pl: 'Polski', en: 'English' },
  colorScheme: { label: 'Theme', auto: 'System', light: 'Light', dark: 'Dark' },
  actions: {
    save: 'Save', cancel: 'Cancel', delete: 'Delete', edit: 'Edit', add: 'Add', close: 'Close',
    confirm: 'Confirm', back: 'Back', export: 'Export', import: 'Import', print: 'Print',
    search: 'Search', clear: 'Clear', open: 'Open', retry: 'Try again', reload: 'Restart',
  },
  state: { loading: 'Loading…', empty: 'No data', saved: 'Saved', example: 'Example' },
  example: {
    title: 'The database is empty',
    body: 'You can start from example data: Swarzędz with its partners Ronnenberg, Duclair and Järfälla, the joint youth camp since 1992, the Europe congress in Tymbark. Dates the source does not give are marked as examples.',
    load: 'Load example data',
    loaded: 'Example data loaded',
    dateNote: 'Example date: the source does not give it.',
  },
  count: {
    partner_one: '{{count}} partner town', partner_other: '{{count}} partner towns',
    event_one: '{{count}} event', event_other: '{{count}} events',
    visit_one: '{{count}} visit', visit_other: '{{count}} visits',
  },
  db: {
    title: 'The database cannot be opened',
    quota: 'The disk has no room left for the application’s data. Free some space and try again. Nothing was half-written.',
    newer: 'The database comes from a newer version of the application. Update the application to open it.',
    blocked: 'The database is open in another window that blocks the upgrade. Close the other windows of the application and start it again.',
    closed: 'The connection to the database was closed (for example by another window). Restart the application.',
    validation: 'The data did not pass its checks and was not saved.',
    unknown: 'An unexpected database error occurred. Your data has not been deleted.',
  },
  file: {
    saved: 'Saved the file {{name}}',
    canceled: 'Cancelled',
    'too-large': 'The file is too large.',
    'no-space': 'The disk is full.',
    'no-permission': 'No permission to write here.',
    'not-found': 'The file does not exist.',
    io: 'The file could not be read or written.',
    'invalid-request': 'The request was not valid.',
    'forbidden-sender': 'The request was refused.',
    internal: 'An unexpected error occurred.',
  },
  validation: {
    required: 'This field is required',
    'date.format': 'Enter the date as YYYY-MM-DD',
    'date.invalid': 'This date does not exist',
    'country.invalid': 'Choose a country',
    'currency.invalid': 'Enter a currency code, e.g. EUR',
    'email.invalid': 'Invalid e-mail address',
    'phone.invalid': 'Invalid phone number',
    'range.endBeforeStart': 'The end cannot be before the start',
    invalid: 'Invalid value',
  },
  error: {
    title: 'Something went wrong',
    body: 'This view ran into an error. Your data is safe; try again.',
  },
} satisfies Translation<typeof pl>;
