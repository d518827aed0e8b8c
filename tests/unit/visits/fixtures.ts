// Example records for the visit and dossier tests: Swarzędz receives Ronnenberg.
import type { CalendarEvent, Contact, Gift, Partner, Task, Visit } from '../../../shared/domain';
import type { DossierData } from '../../../shared/export/dossier';

const stamps = { createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };

export const ronnenberg: Partner = {
  id: 'p-ronnenberg',
  name: 'Ronnenberg',
  country: 'DE',
  region: 'Niedersachsen',
  relationKind: 'partnership',
  status: 'active',
  startDate: '1992-06-01',
  languages: ['de'],
  areas: ['youthExchange', 'sport'],
  funding: [],
  awards: [],
  legalBasis: { resolutionNumber: 'XII/85/92', resolutionDate: '1992-05-20', adoptedBy: 'Rada Miejska w Swarzędzu' },
  ...stamps,
};

export function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'v-1',
    direction: 'incoming',
    partnerIds: [ronnenberg.id],
    title: 'Wizyta delegacji z Ronnenbergu',
    purpose: 'Rozmowy o obozie młodzieży',
    start: '2027-05-12',
    end: '2027-05-13',
    status: 'planned',
    members: [
      { id: 'm-2', name: 'Anna Schmidt', function: 'Koordynatorka', languages: ['de', 'pl'], precedence: 2 },
      {
        id: 'm-1',
        name: 'Hans Müller',
        function: 'Bürgermeister',
        languages: ['de'],
        precedence: 1,
        dietaryNeeds: 'wegetariańska',
      },
      { id: 'm-3', name: 'Jörg Weiß', function: 'Radny', languages: ['de', 'en'], precedence: 3 },
    ],
    programme: [
      {
        id: 'i-1',
        from: '2027-05-12T10:00',
        to: '2027-05-12T11:30',
        activity: 'Powitanie w ratuszu',
        place: 'Ratusz, sala sesyjna',
        responsible: 'Sekretarz',
      },
      { id: 'i-2', from: '2027-05-12T12:00', to: '2027-05-12T13:00', activity: 'Zwiedzanie Muzeum Pszczelarstwa' },
      { id: 'i-3', from: '2027-05-13T09:00', to: '2027-05-13T12:00', activity: 'Spotkanie w szkole – żółć gęślą jaźń' },
    ],
    logistics: [
      { id: 'l-1', kind: 'accommodation', status: 'done', owner: 'Referat' },
      { id: 'l-2', label: 'Tablica pamiątkowa', status: 'todo' },
    ],
    costs: [],
    ...stamps,
    ...overrides,
  };
}

export const contacts: Contact[] = [
  {
    id: 'c-1',
    partnerId: ronnenberg.id,
    name: 'Klaus Vogel',
    role: 'coordinator',
    email: 'k.vogel@example.de',
    languages: ['de'],
    ...stamps,
  },
];

export const gifts: Gift[] = [
  {
    id: 'g-1',
    partnerId: ronnenberg.id,
    direction: 'given',
    description: 'Kryształowy wazon',
    date: '2025-06-01',
    value: { amount: 350, currency: 'PLN' },
    ...stamps,
  },
];

export const tasks: Task[] = [
  { id: 't-1', title: 'Wysłać podziękowania', due: '2027-05-20', owner: 'Referat', done: 0, visitId: 'v-1', ...stamps },
  { id: 't-2', title: 'Zrobione wcześniej', due: '2027-05-01', done: 1, visitId: 'v-1', ...stamps },
];

export const camp: CalendarEvent = {
  id: 'e-camp',
  title: 'Wspólny obóz młodzieży',
  kind: 'youthCamp',
  allDay: true,
  start: '1992-07-10',
  end: '1992-07-20',
  place: {},
  host: 'home',
  partnerIds: [ronnenberg.id],
  status: 'confirmed',
  series: 1,
  exceptions: [],
  recurrence: { freq: 'yearly', interval: 1 },
  ...stamps,
};

export function dossierData(overrides: Partial<DossierData> = {}): DossierData {
  return {
    visit: visit(),
    partners: [ronnenberg],
    contacts,
    homeTown: { name: 'Swarzędz', country: 'PL' },
    history: { events: [camp], visits: [] },
    gifts,
    visitGifts: [],
    tasks,
    today: '2027-04-01',
    ...overrides,
  };
}
