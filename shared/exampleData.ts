// The example office from the source text: Swarzędz and its partners, the camp since 1992, Tymbark's
// Europe congress, Głogów and Legnica with Europe Prize stages. Dates the source does not give are
// examples and every record says so in its notes.
import type { CalendarEvent, Partner, Task, Visit } from './domain';
import { HOME } from './domain/common';

export interface ExampleData {
  partners: Partner[];
  events: CalendarEvent[];
  visits: Visit[];
  tasks: Task[];
}

const EXAMPLE_NOTE = 'Przykład: daty i szczegóły, których źródło nie podaje, są przykładowe.';

/** `today` (YYYY-MM-DD) places the upcoming examples; `id` makes record ids. */
export function buildExampleData(today: string, id: () => string, now = new Date().toISOString()): ExampleData {
  const year = Number(today.slice(0, 4));
  const stamps = { createdAt: now, updatedAt: now };
  const partner = (
    p: Omit<
      Partner,
      | 'id'
      | 'createdAt'
      | 'updatedAt'
      | 'example'
      | 'notes'
      | 'legalBasis'
      | 'funding'
      | 'awards'
      | 'languages'
      | 'areas'
    > &
      Partial<Partner>,
  ): Partner => ({
    id: id(),
    languages: [],
    areas: [],
    funding: [],
    awards: [],
    legalBasis: {},
    notes: EXAMPLE_NOTE,
    example: true,
    ...stamps,
    ...p,
  });
  const ronnenberg = partner({
    name: 'Ronnenberg',
    country: 'DE',
    region: 'Niedersachsen',
    relationKind: 'partnership',
    status: 'active',
    startDate: '1992-06-01',
    languages: ['de'],
    areas: ['youthExchange', 'sport', 'culture'],
    funding: ['pnwm'],
  });
  const duclair = partner({
    name: 'Duclair',
    country: 'FR',
    region: 'Normandie',
    relationKind: 'partnership',
    status: 'active',
    startDate: '1992-06-01',
    languages: ['fr'],
    areas: ['youthExchange', 'sport', 'culture'],
  });
  const jarfalla = partner({
    name: 'Järfälla',
    country: 'SE',
    region: 'Stockholms län',
    relationKind: 'partnership',
    status: 'active',
    startDate: `${year - 6}-05-15`,
    languages: ['sv', 'en'],
    areas: ['environment', 'management'],
  });
  const tymbark = partner({
    name: 'Tymbark',
    country: 'PL',
    region: 'małopolskie',
    relationKind: 'cooperation',
    status: 'active',
    startDate: `${year - 3}-03-01`,
    languages: ['pl'],
    areas: ['culture', 'management'],
    funding: ['interreg'],
  });
  const glogow = partner({
    name: 'Głogów',
    country: 'PL',
    region: 'dolnośląskie',
    relationKind: 'cooperation',
    status: 'active',
    languages: ['pl'],
    awards: [
      { stage: 'diploma', year: 2005 },
      { stage: 'flag', year: 2009 },
    ],
  });
  const legnica = partner({
    name: 'Legnica',
    country: 'PL',
    region: 'dolnośląskie',
    relationKind: 'cooperation',
    status: 'active',
    languages: ['pl'],
    awards: [
      { stage: 'diploma', year: 2004 },
      { stage: 'flag', year: 2008 },
    ],
  });
  const base = { place: {}, exceptions: [], series: 0 as const, example: true, ...stamps };
  const camp: CalendarEvent = {
    ...base,
    id: id(),
    title: 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair',
    kind: 'youthCamp',
    allDay: true,
    start: '1992-07-10',
    end: '1992-07-20',
    host: HOME,
    partnerIds: [ronnenberg.id, duclair.id],
    status: 'confirmed',
    coordinator: 'Referat współpracy zagranicznej',
    series: 1,
    recurrence: { freq: 'yearly', interval: 1 },
    place: { town: 'Swarzędz', country: 'PL' },
    funding: 'pnwm',
    description: `Co roku od 1992: zawody sportowe i imprezy kulturalne. ${EXAMPLE_NOTE}`,
  };
  const congress: CalendarEvent = {
    ...base,
    id: id(),
    title: 'Zjazd Europy w Tymbarku',
    kind: 'europeDays',
    allDay: true,
    start: `${year - 3}-07-30`,
    end: `${year - 3}-08-02`,
    host: tymbark.id,
    partnerIds: [tymbark.id],
    status: 'planned',
    series: 1,
    recurrence: { freq: 'yearly', interval: 1 },
    place: { town: 'Tymbark', country: 'PL' },
    description: `Festyny, konferencje, odczyty i spotkania; prezentuje się wszystkie jedenaście gmin partnerskich Tymbarku, m.in. z Chorwacji, Ukrainy, Niemiec, Wielkiej Brytanii i Francji. ${EXAMPLE_NOTE}`,
  };
  const interreg: CalendarEvent = {
    ...base,
    id: id(),
    title: 'Konferencja projektu transgranicznego INTERREG',
    kind: 'conference',
    allDay: true,
    start: `${year}-10-14`,
    end: `${year}-10-15`,
    host: HOME,
    partnerIds: [ronnenberg.id],
    status: 'planned',
    funding: 'interreg',
    place: { town: 'Swarzędz', country: 'PL' },
    description: EXAMPLE_NOTE,
  };
  const ecology: Visit = {
    id: id(),
    direction: 'outgoing',
    partnerIds: [jarfalla.id],
    title: 'Wizyta studyjna: edukacja ekologiczna mieszkańców',
    purpose: 'Wykorzystanie doświadczeń Szwedów w ekologii i edukacji w zakresie ochrony środowiska.',
    start: `${year - 1}-05-12`,
    end: `${year - 1}-05-14`,
    status: 'done',
    members: [],
    programme: [],
    logistics: [],
    costs: [],
    report: EXAMPLE_NOTE,
    example: true,
    ...stamps,
  };
  const invitations: Task = {
    id: id(),
    title: 'Wysłać zaproszenia na obóz młodzieżowy',
    due: `${year}-05-29`,
    owner: 'Referat współpracy zagranicznej',
    done: 0,
    eventId: camp.id,
    notes: EXAMPLE_NOTE,
    example: true,
    ...stamps,
  };
  return {
    partners: [ronnenberg, duclair, jarfalla, tymbark, glogow, legnica],
    events: [camp, congress, interreg],
    visits: [ecology],
    tasks: [invitations],
  };
}
