// A fixed dataset for the annual report: four partners, events crossing year ends, visits with costs, a camp's participants.
import type { Agreement, CalendarEvent, Participant, Partner, Visit } from '../../../shared/domain';
import type { ReportInput } from '../../../shared/reports/annual';

export const stamps = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
export const partner = (id: string, country: string, extra: Partial<Partner> = {}): Partner => ({
  id,
  name: id,
  country,
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  areas: [],
  funding: [],
  awards: [],
  legalBasis: {},
  ...stamps,
  ...extra,
});
export const event = (
  id: string,
  start: string,
  end: string,
  partnerIds: string[],
  extra: Partial<CalendarEvent> = {},
): CalendarEvent => ({
  id,
  title: id,
  kind: 'conference',
  allDay: true,
  start,
  end,
  place: {},
  host: 'home',
  partnerIds,
  status: 'done',
  series: 0,
  exceptions: [],
  ...stamps,
  ...extra,
});
export const visit = (
  id: string,
  direction: Visit['direction'],
  start: string,
  partnerIds: string[],
  costs: Visit['costs'] = [],
  extra: Partial<Visit> = {},
): Visit => ({
  id,
  direction,
  partnerIds,
  title: id,
  start,
  end: start,
  status: 'done',
  members: [],
  programme: [],
  logistics: [],
  costs,
  ...stamps,
  ...extra,
});
export const person = (
  id: string,
  eventId: string,
  occurrence: string,
  birthDate: string,
  sendingTown: string,
  extra: Partial<Participant> = {},
): Participant => ({
  id,
  eventId,
  occurrence,
  firstName: 'A',
  lastName: 'B',
  birthDate,
  birthYear: Number(birthDate.slice(0, 4)),
  role: 'participant',
  sendingTown,
  status: 'attended',
  consents: {},
  identified: 1,
  ...stamps,
  ...extra,
});

export const ronnenberg = partner('ronnenberg', 'DE', {
  startDate: '1992-06-01',
  awards: [
    { stage: 'flag', year: 2026 },
    { stage: 'diploma', year: 2019 },
  ],
});
export const duclair = partner('duclair', 'FR', { startDate: '2026-03-10' });
export const jarfalla = partner('jarfalla', 'SE', { startDate: '2011-05-15' });
export const ended = partner('ended', 'CZ', { status: 'ended', startDate: '2000-01-01' });
export const agreements: Agreement[] = [
  { id: 'a1', partnerId: 'ended', change: 'ended', date: '2026-04-01', title: 'Wypowiedzenie', ...stamps },
  { id: 'a2', partnerId: 'jarfalla', change: 'amended', date: '2026-04-01', title: 'Aneks', ...stamps },
];
export const camp = event('camp', '1992-07-10', '1992-07-20', ['ronnenberg', 'duclair'], {
  kind: 'youthCamp',
  series: 1,
  recurrence: { freq: 'yearly', interval: 1 },
});
export const events = [
  camp,
  event('newYear', '2026-12-30', '2027-01-02', ['ronnenberg']),
  event('lastYear', '2025-12-30', '2026-01-02', ['duclair']),
  event('march', '2026-03-05', '2026-03-05', ['duclair'], { kind: 'sports' }),
];
export const visits = [
  visit(
    'v1',
    'incoming',
    '2026-05-01',
    ['ronnenberg'],
    [
      { id: 'c1', category: 'hotel', amount: 1200.5, currency: 'PLN', funding: 'interreg' },
      { id: 'c2', category: 'travel', amount: 300, currency: 'EUR' },
    ],
  ),
  visit(
    'v2',
    'outgoing',
    '2026-09-01',
    ['ronnenberg', 'duclair'],
    [{ id: 'c3', category: 'hotel', amount: 99.5, currency: 'PLN', funding: 'interreg' }],
  ),
  visit(
    'v3',
    'outgoing',
    '2025-09-01',
    ['ronnenberg'],
    [{ id: 'c4', category: 'hotel', amount: 5000, currency: 'PLN' }],
  ),
  visit('v4', 'incoming', '2026-10-01', ['duclair'], [], { status: 'cancelled' }),
];
export const participants = [
  person('p1', 'camp', '2026-07-10', '2014-07-10', 'home'),
  person('p2', 'camp', '2026-07-10', '2008-07-11', 'ronnenberg'),
  person('p3', 'camp', '2026-07-10', '1980-01-01', 'duclair', { role: 'chaperone' }),
  person('p4', 'camp', '2026-07-10', '2013-01-01', 'ronnenberg', { status: 'withdrawn' }),
  person('p5', 'camp', '2025-07-10', '2013-01-01', 'ronnenberg'),
];
export const input: ReportInput = {
  partners: [ronnenberg, duclair, jarfalla, ended],
  agreements,
  events,
  visits,
  participants,
  homeCountry: 'PL',
  dormancyMonths: 24,
};
export const year2026 = { from: '2026-01-01', to: '2026-12-31' };
