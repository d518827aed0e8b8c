// English strings of the settings area.
import type pl from '../pl/settings';
import type { Translation } from '../../types';

export default {
  title: 'Settings and backup',
  appearance: 'Appearance and language',
  profile: {
    title: 'Office profile',
    help: 'The municipality and office whose names, address and coat of arms go on delegation dossiers, reports, lists and calendars.',
    name: 'Municipality',
    nameHelp: 'Its name in the nominative, e.g. Swarzędz',
    genitive: 'Name in the genitive (Polish)',
    genitiveHelp: 'kogo? czego? – e.g. Swarzędza',
    locative: 'Name in the locative (Polish)',
    locativeHelp: 'o kim? o czym? – e.g. (w) Swarzędzu',
    region: 'Voivodeship',
    officeName: 'Office name',
    officeNameHelp: 'e.g. Referat Współpracy Zagranicznej',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    letterhead: 'Office letterhead',
    logoAlt: 'The municipality’s coat of arms or logo',
    noLogo: 'No coat of arms',
    chooseLogo: 'Choose a coat of arms or logo…',
    changeLogo: 'Change the coat of arms…',
    removeLogo: 'Remove the coat of arms',
    logoFilter: 'Images',
    logoHelp: 'PNG, JPEG or WebP, at most {{size}}',
    logo: {
      tooLarge: 'The image is too large: a coat of arms may be at most 200 kB. Make it smaller and choose it again.',
      invalid: 'This is not a PNG, JPEG or WebP image. Choose another file.',
    },
    save: 'Save the profile',
    saved: 'Office profile saved',
    example:
      'This is the example office’s profile (Swarzędz). Enter your own municipality and save: it stays when the example data is removed.',
  },
  storage: {
    title: 'Data storage',
    persistence: 'Persistent storage:',
    persisted: 'granted',
    notPersisted: 'not confirmed',
    notPersistedHelp: 'The system may delete the data when the disk runs out of space. Make regular backups.',
  },
  version: '{{name}}, version {{version}}',
} satisfies Translation<typeof pl>;
