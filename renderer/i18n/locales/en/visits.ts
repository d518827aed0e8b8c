// English strings of the visits area.
import type pl from '../pl/visits';
import type { Translation } from '../../types';

export default {
  title: 'Delegation visits',
  empty: 'No visits match.',
  notFound: 'There is no such visit.',
  actionsColumn: 'Actions',
  actions: { new: 'New visit', settings: 'Visit settings' },
  filters: { label: 'Visit filters', text: 'Search title, purpose and towns', any: 'Any', year: 'Year', clear: 'Clear filters' },
  field: {
    direction: 'Direction', status: 'Status', partners: 'Partner towns', title: 'Title', purpose: 'Purpose of the visit',
    start: 'From', end: 'To', event: 'Event', noEvent: 'No event', dates: 'Dates', members: 'People',
  },
  direction: { incoming: 'incoming', outgoing: 'outgoing' },
  status: { idea: 'idea', planned: 'planned', confirmed: 'confirmed', done: 'done', cancelled: 'cancelled' },
  form: {
    label: 'Visit details', newTitle: 'New delegation visit', editTitle: 'Edit visit', deleteTitle: 'Delete the visit?',
    confirmDelete: 'The visit “{{name}}” will be deleted with its follow-up tasks. Its gifts stay in the register.',
  },
  tabs: {
    members: 'Delegation', programme: 'Programme', logistics: 'Logistics', gifts: 'Gifts', costs: 'Costs',
    after: 'After the visit', dossier: 'Delegation dossier',
  },
  members: {
    count_one: '{{count}} person', count_other: '{{count}} people',
    add: 'Add a person', addTitle: 'New delegation member', editTitle: 'Edit person', formLabel: 'Person',
    documentWarningTitle: 'Travel document expires before the return',
    documentWarning: '{{name}}: document valid until {{date}}, return on {{returnDate}}.',
    documentBadge_one: '{{count}} document expires before the return', documentBadge_other: '{{count}} documents expire before the return',
    expires: 'expires',
    up: 'Move up: {{name}}', down: 'Move down: {{name}}', edit: 'Edit: {{name}}', remove: 'Remove: {{name}}',
    languagesHint: 'Separate with commas, e.g. de, en',
    column: {
      no: 'No.', name: 'Name', function: 'Function', organisation: 'Organisation', languages: 'Languages',
      needs: 'Diet and accessibility', contact: 'Contact', document: 'Document valid until',
    },
    field: {
      name: 'Name', function: 'Function', organisation: 'Organisation', languages: 'Languages', dietaryNeeds: 'Dietary needs',
      accessibilityNeeds: 'Accessibility needs', contact: 'Contact', travelDocumentExpiry: 'Travel document valid until',
    },
  },
  programme: {
    count_one: '{{count}} programme item', count_other: '{{count}} programme items',
    add: 'Add programme item', sort: 'Order by time', copy: 'Copy the programme of another visit',
    addTitle: 'New programme item', editTitle: 'Edit programme item', formLabel: 'Programme item',
    overlapWarning_one: '{{count}} programme item overlaps another', overlapWarning_other: '{{count}} programme items overlap',
    overlaps: 'overlaps',
    up: 'Move up: {{name}}', down: 'Move down: {{name}}', edit: 'Edit: {{name}}', remove: 'Remove: {{name}}',
    copyTitle: 'Copy a programme', copyHint: 'The chosen visit’s programme items are added and moved to this visit’s dates.',
    copyNone: 'No other visit has a programme yet.', copyFrom: 'Visit to copy from', copyConfirm: 'Copy',
    field: {
      time: 'Time', activity: 'Activity', place: 'Place', responsible: 'Responsible', notes: 'Notes',
      day: 'Day', from: 'From', to: 'To',
    },
  },
  logistics: {
    kind: {
      accommodation: 'Accommodation', transport: 'Transport', interpreter: 'Interpreter', press: 'Press and media', flags: 'Flags',
      seating: 'Seating plan', gifts: 'Gifts', catering: 'Catering', insurance: 'Insurance', documents: 'Travel documents',
    },
    field: { item: 'Item', status: 'Status', owner: 'Owner', notes: 'Notes' },
    status: { todo: 'to do', inProgress: 'in progress', done: 'done', notNeeded: 'not needed' },
    statusOf: 'Status: {{name}}', ownerOf: 'Owner: {{name}}', notesOf: 'Notes: {{name}}', remove: 'Remove: {{name}}',
    newItem: 'New checklist item',
  },
  gifts: {
    field: { date: 'Date', direction: 'Direction', partner: 'Partner town', counterpart: 'To / from whom', description: 'Description', value: 'Value' },
    direction: { given: 'given', received: 'received' },
    thisVisit: 'Gifts of this visit', earlier: 'Gifts exchanged before with these towns', none: 'No gifts.',
    add: 'Record a gift', addTitle: 'New gift', formLabel: 'Gift', remove: 'Remove gift: {{name}}',
    repeatTitle: 'This town was already given this gift',
    repeatLine: '“{{description}}” was given on {{date}}.',
    saveAnyway: 'Save anyway',
  },
  costs: {
    title: 'Costs', totals: 'Total', formLabel: 'New cost', add: 'Add cost', remove: 'Remove cost: {{name}}',
    field: { category: 'Category', amount: 'Amount', currency: 'Currency', funding: 'Funding source', notes: 'Notes' },
  },
  perDiem: {
    title: 'Per-diem estimate',
    noRate: 'The per-diem table has no rate for {{country}}.',
    openTable: 'Fill in the per-diem table',
    basis_one: '{{country}}: {{rate}} a day, {{count}} day per person.',
    basis_other: '{{country}}: {{rate}} a day, {{count}} days per person.',
    total: 'Per diems in total',
    disclaimer: 'Estimate: a full allowance for each day of the visit, without deductions for meals provided.',
    source: 'Rates from: {{source}}.',
    tableTitle: 'Daily allowance rates abroad',
    tableHint: 'The app ships no rates: enter them from the act in force on the day of travel, with its source and the date you checked it.',
    country: 'Country', rate: 'Daily allowance', remove: 'Remove rate: {{country}}', empty: 'The table is empty.',
    sourceLabel: 'Source of the rates (act, number, date)', checkedOn: 'Checked on', save: 'Save the per-diem table',
  },
  after: {
    report: 'Visit report', reportHint: 'Briefly: what was agreed and what came of it.', saveReport: 'Save the report',
    followUps: 'Follow-up tasks', noTasks: 'No follow-up tasks.', done: 'Done', markDone: 'Done: {{name}}',
    remove: 'Remove task: {{name}}', formLabel: 'New follow-up task', addTask: 'Add task',
    field: { title: 'Task', owner: 'Owner', due: 'Due' },
  },
  dossier: {
    language: 'Dossier language', hint: 'The dossier holds: a cover, the partner town’s profile and legal basis, the history of cooperation, contacts, the delegation, the programme, logistics, earlier gifts and open follow-ups.',
    pdf: 'Dossier PDF', html: 'Dossier HTML', docx: 'Dossier DOCX (editable)', preview: 'Dossier preview',
    includeNeeds: 'Include dietary and accessibility needs',
    includeNeedsHint: 'These are health data: unless ticked, the dossier leaves them out.',
  },
  settings: {
    title: 'Visit settings', checklists: 'Default logistics checklists',
    checklistsHint: 'A new visit gets the list for its direction. Changes leave existing visits as they are.',
    restore: 'Restore the default lists', listFor: '{{direction}} visit', standardItem: 'Standard item', ownItem: 'Own item',
  },
} satisfies Translation<typeof pl>;
