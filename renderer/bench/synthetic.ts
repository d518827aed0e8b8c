// A synthetic office for the benchmark: deterministic, sized by a scale factor (1 = the full office:
// 200 partners, 2,000 contacts, 20,000 events over 30 years, 3,000 visits, 10,000 participants).
import { addDays, format } from 'date-fns';
import type {
  CalendarEvent,
  Contact,
  EventKind,
  Member,
  Participant,
  Partner,
  ProgrammeItem,
  Visit,
} from '../../shared/domain';
import { eventKinds } from '../../shared/domain';

export interface SyntheticOffice {
  partners: Partner[];
  contacts: Contact[];
  events: CalendarEvent[];
  visits: Visit[];
  participants: Participant[];
  /** The month given about 500 events at full scale, `YYYY-MM`. */
  busiestMonth: string;
  /** The camp edition with the most participants (its lists are the exports measured). */
  bigCamp: { eventId: string; occurrence: string };
}

export const FULL_SIZE = { partners: 200, contacts: 2000, events: 20000, visits: 3000, participants: 10000 } as const;
export const BUSIEST_MONTH = '2024-07';
const FIRST_YEAR = 1995;
const YEARS = 30;

/** mulberry32: small, fast and repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  'Ronnenberg',
  'Duclair',
  'Järfälla',
  'Łódź',
  'Zielona Góra',
  'Nové Město',
  'Głogów',
  'Kőszeg',
  'Šiauliai',
  'Pärnu',
];
const COUNTRIES = ['DE', 'FR', 'SE', 'CZ', 'SK', 'LT', 'LV', 'EE', 'UA', 'HR', 'GB', 'IT', 'ES', 'NL', 'HU'];
const FIRST = [
  'Anna',
  'Jan',
  'Zofia',
  'Łukasz',
  'Małgorzata',
  'Paweł',
  'Agnieszka',
  'Piotr',
  'Ewa',
  'Michał',
  'Jürgen',
  'Élodie',
];
const LAST = [
  'Nowak',
  'Kowalski',
  'Wiśniewska',
  'Wójcik',
  'Kamińska',
  'Lewandowski',
  'Zieliński',
  'Szymańska',
  'Müller',
  'Dubois',
];

export function buildSyntheticOffice(scale = 1, now = '2026-01-01T00:00:00.000Z'): SyntheticOffice {
  const rnd = random(1992);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const stamps = { createdAt: now, updatedAt: now };
  const day = (d: Date) => format(d, 'yyyy-MM-dd');

  const partners: Partner[] = Array.from({ length: n(FULL_SIZE.partners) }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(TOWNS)} ${i}`,
    country: pick(COUNTRIES),
    relationKind: pick(['partnership', 'twinning', 'sister', 'cooperation'] as const),
    status: i % 10 === 0 ? 'dormant' : 'active',
    startDate: day(new Date(FIRST_YEAR + (i % YEARS), i % 12, 1 + (i % 28))),
    languages: ['en'],
    areas: ['culture', 'youthExchange'],
    funding: i % 3 === 0 ? ['interreg'] : [],
    awards: [],
    legalBasis: {},
    ...stamps,
  }));
  const contacts: Contact[] = Array.from({ length: n(FULL_SIZE.contacts) }, (_, i) => ({
    id: `c${i}`,
    partnerId: partners[i % partners.length]!.id,
    name: `${pick(FIRST)} ${pick(LAST)}`,
    role: pick(['mayor', 'coordinator', 'interpreter', 'other'] as const),
    email: `kontakt${i}@example.org`,
    languages: ['en'],
    ...stamps,
  }));

  const busyCount = Math.round(n(FULL_SIZE.events) * 0.0225);
  const events: CalendarEvent[] = Array.from({ length: n(FULL_SIZE.events) }, (_, i) => {
    // The busiest month's events run on to the last day its grid shows (Sunday 4 August), every fifth one timed.
    const start =
      i < busyCount
        ? new Date(2024, 6, 1 + (i % 35))
        : new Date(FIRST_YEAR + Math.floor(rnd() * YEARS), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const length = Math.floor(rnd() * 4);
    const timed = i < busyCount && i % 5 === 0;
    const partnerCount = i % 7 === 0 ? 3 : 1;
    const series = i % 400 === 0 ? 1 : 0;
    return {
      id: `e${i}`,
      title: `${pick(['Obóz', 'Konferencja', 'Festyn', 'Zawody', 'Wizyta studyjna'])} ${i}`,
      kind: pick(eventKinds) as EventKind,
      allDay: !timed,
      start: timed ? `${day(start)}T${String(8 + (i % 10)).padStart(2, '0')}:00` : day(start),
      end: timed ? `${day(start)}T${String(9 + (i % 10)).padStart(2, '0')}:30` : day(addDays(start, length)),
      place: { town: pick(TOWNS) },
      host: 'home',
      partnerIds: Array.from({ length: partnerCount }, (_, k) => partners[(i + k * 13) % partners.length]!.id),
      status: pick(['planned', 'confirmed', 'done'] as const),
      coordinator: pick(FIRST),
      series,
      ...(series ? { recurrence: { freq: 'yearly' as const, interval: 1 } } : {}),
      exceptions: [],
      ...stamps,
    };
  });

  const visits: Visit[] = Array.from({ length: n(FULL_SIZE.visits) }, (_, i) => {
    const start = new Date(FIRST_YEAR + Math.floor(rnd() * YEARS), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 25));
    const members: Member[] = Array.from({ length: 3 + (i % 3) }, (_, k) => ({
      id: `v${i}m${k}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      function: 'Radny',
      languages: ['pl'],
      precedence: k + 1,
    }));
    const programme: ProgrammeItem[] = Array.from({ length: 6 }, (_, k) => {
      const date = day(addDays(start, Math.floor(k / 3)));
      const hour = String(9 + (k % 3) * 3).padStart(2, '0');
      return {
        id: `v${i}p${k}`,
        from: `${date}T${hour}:00`,
        to: `${date}T${hour}:45`,
        activity: `Punkt programu ${k + 1}`,
        place: pick(TOWNS),
      };
    });
    return {
      id: `v${i}`,
      direction: i % 2 ? 'incoming' : 'outgoing',
      partnerIds: [partners[i % partners.length]!.id],
      title: `Wizyta delegacji ${i}`,
      start: day(start),
      end: day(addDays(start, 2)),
      status: 'done',
      members,
      programme,
      logistics: [],
      costs: [],
      ...stamps,
    };
  });

  const camps = events.filter((e) => e.kind === 'youthCamp');
  // One large exchange (a tenth of everyone, at most 300 people), the rest spread over every camp.
  const big = Math.min(300, Math.round(n(FULL_SIZE.participants) / 10));
  const participants: Participant[] = Array.from({ length: n(FULL_SIZE.participants) }, (_, i) => {
    const camp = i < big ? camps[0]! : camps[i % camps.length]!;
    const birthYear = Number(camp.start.slice(0, 4)) - 10 - (i % 8);
    return {
      id: `u${i}`,
      eventId: camp.id,
      occurrence: camp.start.slice(0, 10),
      firstName: pick(FIRST),
      lastName: pick(LAST),
      birthDate: `${birthYear}-03-14`,
      birthYear,
      role: i % 11 === 0 ? 'chaperone' : 'participant',
      sendingTown: i % 2 ? 'home' : (camp.partnerIds[0] ?? 'home'),
      status: 'confirmed',
      consents: {},
      identified: 1,
      ...stamps,
    };
  });

  const bigCamp = { eventId: camps[0]!.id, occurrence: camps[0]!.start.slice(0, 10) };
  return { partners, contacts, events, visits, participants, busiestMonth: BUSIEST_MONTH, bigCamp };
}
