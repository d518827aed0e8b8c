// English strings of the reports area: the annual report for the council.
import type pl from '../pl/reports';
import type { Translation } from '../../types';

export default {
  title: 'Reports',
  heading: 'Report on international cooperation',
  subtitle: '{{home}}: period {{from}} – {{to}}',
  period: { year: 'Year', from: 'From', to: 'To', custom: 'Any period', wholeYear: 'Whole year', invalid: 'The period must start before it ends' },
  exportLanguage: 'Export language',
  actions: { pdf: 'Export PDF', csv: 'Tables as CSV', xlsx: 'Tables as XLSX', showRecords: 'Show records' },
  summary: {
    partners: 'Active partners', events: 'Events', visitsIn: 'Incoming visits', visitsOut: 'Outgoing visits',
    participants: 'Exchange participants',
  },
  section: {
    partners: 'Partner towns', eventsByKind: 'Events by kind', eventsByPartner: 'Events by partner',
    eventsByMonth: 'Events per month', visits: 'Delegation visits by partner', participantsByCountry: 'Participants by country',
    participantsByAge: 'Participants by age group', participantsByRole: 'Participants by role', costsByCategory: 'Costs by category',
    costsByFunding: 'Costs by funding programme', costTotals: 'Total costs (per currency)', awards: 'Awards',
    anniversaries: 'Partnership anniversaries',
  },
  chart: {
    eventsByMonth: 'Chart: events per month', visitsByPartner: 'Chart: visits by partner',
    participantsByCountry: 'Chart: participants by country', costsByFunding: 'Chart: costs by funding programme',
  },
  partners: { active: 'Active', new: 'New', ended: 'Ended', dormant: 'Dormant' },
  column: {
    figure: 'Item', count: 'Count', names: 'Names', kind: 'Kind', partner: 'Partner', month: 'Month', incoming: 'Incoming',
    outgoing: 'Outgoing', total: 'Total', country: 'Country', ageGroup: 'Age group', role: 'Role', category: 'Category',
    currency: 'Currency', amount: 'Amount', funding: 'Programme', none: 'unassigned', stage: 'Distinction', year: 'Year',
    years: 'Years', date: 'Date',
  },
  empty: 'No data in this period.',
  records: 'Records: {{title}}',
  recordsShown: 'Showing the first {{shown}} of {{count}}. Narrow the period to see the rest.',
  generated: 'Generated {{date}} by Twinning Desk',
  page: 'Page',
} satisfies Translation<typeof pl>;
