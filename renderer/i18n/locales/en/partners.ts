// English strings of the partner towns area, its dashboard widgets and the global search.
import type pl from '../pl/partners';
import type { Translation } from '../../types';

export default {
  title: 'Partner towns',
  filter: 'Filter by name',
  filters: {
    label: 'List filters', country: 'Country', relationKind: 'Relation', status: 'Status', area: 'Area of cooperation',
    any: 'All', clear: 'Clear filters', sortBy: 'Sort by {{column}}',
  },
  field: {
    name: 'Name', namePl: 'Polish name', country: 'Country', region: 'Region', population: 'Population',
    website: 'Website', languages: 'Languages', relationKind: 'Relation', status: 'Status',
    startDate: 'Cooperation since', resolutionNumber: 'Resolution number', resolutionDate: 'Resolution date',
    adoptedBy: 'Adopted by', signedDate: 'Agreement signed on', areas: 'Areas of cooperation',
    customAreas: 'Other areas', funding: 'Funding programmes', customFunding: 'Other programmes', awards: 'Awards',
    notes: 'Notes', lastContact: 'Last contact', document: 'Agreement document', countryCode: 'Country (ISO code)',
  },
  relationKind: {
    partnership: 'Partnership', twinning: 'Twinning', sister: 'Sister town',
    cooperation: 'Cooperation agreement', intent: 'Letter of intent',
  },
  status: { negotiation: 'In negotiation', active: 'Active', dormant: 'Dormant', ended: 'Ended' },
  area: {
    management: 'Local government and management', economy: 'Local economy and investment', science: 'Science', tourism: 'Tourism',
    spatialPlanning: 'Spatial planning', environment: 'Environment and ecology education',
    businessPromotion: 'Promotion of business, industry and agriculture', socialProblems: 'Social problems', youthExchange: 'Youth and children exchanges',
    sport: 'Sport', culture: 'Culture', transport: 'Transport infrastructure and local roads', waste: 'Waste management',
    waterSewage: 'Water and sewage', heating: 'Heating', energy: 'Alternative energy', ruralDevelopment: 'Rural development',
  },
  funding: { interreg: 'INTERREG', erasmus: 'Erasmus+', pnwm: 'Polish-German Youth Office' },
  stage: { diploma: 'European Diploma', flag: 'Flag of Honour', plaque: 'Plaque of Honour', prize: 'Europe Prize' },
  dormant: { badge: 'No contact', title: 'No events or visits for more than {{months}}' },
  months_one: '{{count}} month', months_other: '{{count}} months',
  years_one: '{{count}} year', years_other: '{{count}} years',
  actions: {
    add: 'Add partner town', edit: 'Edit details', delete: 'Delete partner town', exportCsv: 'Export CSV', exportXlsx: 'Export XLSX',
    import: 'Import from CSV', print: 'Print list', back: 'Back to the list', attach: 'Attach agreement document', download: 'Download',
    removeDocument: 'Remove attached file', addAward: 'Add award', removeAward: 'Remove award',
  },
  confirmDelete: 'Delete {{name}} with its contacts and agreements? This cannot be undone.',
  deleted: 'Deleted {{name}}',
  saved: 'Saved {{name}}',
  legalBasisEmpty: 'No resolution or agreement recorded.',
  notFound: 'This partner town was not found.',
  form: {
    addTitle: 'New partner town', editTitle: 'Editing: {{name}}', profile: 'Profile', relation: 'Relation',
    legalBasis: 'Legal basis', cooperation: 'Cooperation, funding and awards', pickCountry: 'Pick a country',
    languagesHint: 'Type and press Enter', customHint: 'Type your own and press Enter', awardStage: 'Europe Prize stage',
    awardYear: 'Year', documentPending: 'To be saved: {{name}}', noDocument: 'No document attached', fixErrors: 'Correct the marked fields.',
  },
  section: { profile: 'Profile', legalBasis: 'Legal basis', contacts: 'Contacts', agreements: 'Agreements and changes', timeline: 'History of cooperation' },
  contact: {
    add: 'Add contact', edit: 'Edit contact {{name}}', delete: 'Delete contact {{name}}', addTitle: 'New contact', editTitle: 'Edit contact',
    name: 'Full name', role: 'Role', email: 'E-mail', phone: 'Phone', languages: 'Languages', notes: 'Notes',
    empty: 'No contacts.', confirmDelete: 'Delete contact {{name}}?',
    roles: { mayor: 'Mayor', coordinator: 'Coordinator', interpreter: 'Interpreter', other: 'Other' },
  },
  agreement: {
    add: 'Add agreement change', addTitle: 'Agreement change', change: 'Change', date: 'Date', title: 'Title', notes: 'Notes',
    empty: 'No agreement changes recorded.', delete: 'Delete change {{title}}',
    changes: { signed: 'Signed', amended: 'Amended', renewed: 'Renewed', suspended: 'Suspended', ended: 'Ended' },
  },
  timeline: {
    empty: 'No events, visits, gifts or agreements with this town yet.', lastContact: 'Last contact: {{date}}', noContact: 'No contact yet.',
    kind: { event: 'Event', visit: 'Visit', gift: 'Gift', agreement: 'Agreement' },
    yearly: 'every year since {{year}}', monthly: 'every month since {{date}}', weekly: 'every week since {{date}}',
    incoming: 'incoming', outgoing: 'outgoing', given: 'given', received: 'received',
  },
  import: {
    title: 'Import partner towns from CSV', choose: 'Choose a CSV file', file: 'File: {{name}}', mapping: 'Column mapping',
    notMapped: '(do not import)', preview: 'Preview', line: 'Line', problems: 'Problems', ok: 'Valid',
    errorsFound_one: '{{count}} line has errors: correct the file. Nothing will be stored.',
    errorsFound_other: '{{count}} lines have errors: correct the file. Nothing will be stored.',
    duplicateExisting: 'Duplicate: this town is already in the register', duplicateFile: 'Duplicate: repeated line in the file',
    skipDuplicates: 'Skip duplicates', confirm: 'Store partner towns ({{count}})', empty: 'The file has no data lines.',
    unreadable: 'The file could not be read as CSV.', nameRequired: 'Choose the column with the town name.',
    done_one: 'Imported {{count}} partner town', done_other: 'Imported {{count}} partner towns', failed: 'The import failed; nothing was stored.',
    issue: '{{column}}: {{message}} ("{{value}}")',
  },
  exportName: 'partner-towns',
  widgets: {
    anniversaries: 'Upcoming anniversaries', noAnniversaries: 'No round anniversaries in the next 12 months.',
    anniversary: '{{years}} of cooperation: {{date}}', dormant: 'Dormant partnerships', noDormant: 'Every active partnership has recent contact.',
    lastActivity: 'last: {{date}}', noActivity: 'no events or visits',
  },
  settings: { title: 'Partner towns', dormancyMonths: 'A partnership is dormant after (months without events or visits)', saved: 'Setting saved' },
  validation: {
    'website.invalid': 'Enter a web address, e.g. www.ronnenberg.de', 'population.invalid': 'Enter a whole number, zero or more',
    'relationKind.unknown': 'Unknown relation kind', 'status.unknown': 'Unknown status', 'award.invalid': 'Write an award as stage and year, e.g. European Diploma 2005',
    'award.year': 'Enter a year from 1955', tooLong: 'Text too long', 'attachment.tooLarge': 'The file is too large: a document may be at most {{max}}.',
  },
  search: {
    open: 'Search everywhere (Ctrl+K)', label: 'Search towns, contacts, events and visits', placeholder: 'Type a name, person, event…',
    results: 'Search results', none: 'Nothing found.', loading: 'Preparing search…', hint: '↑↓ to choose, Enter opens, Esc closes',
    kind: { partner: 'Partner towns', contact: 'Contacts', event: 'Events', visit: 'Visits' },
  },
} satisfies Translation<typeof pl>;
