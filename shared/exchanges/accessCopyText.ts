// The words of the art. 15 access copy in Polish and English (the copy's language is chosen per copy).
import type { AgeBand, ParticipantRole, ParticipantStatus } from '../domain/participant';
import type { Language } from '../ipc';

export interface AccessCopyText {
  title: string;
  none: string;
  alreadyAnonymised: string;
  controllerUnknown: string;
  given: (on: string, by: string) => string;
  withdrawn: (on: string) => string;
  fields: Record<
    | 'firstName'
    | 'lastName'
    | 'birthDate'
    | 'ageBand'
    | 'role'
    | 'status'
    | 'sendingTown'
    | 'guardianName'
    | 'guardianPhone'
    | 'travelDocumentExpiry'
    | 'room'
    | 'dietaryNotes'
    | 'medicalNotes'
    | 'anonymisedAt'
    | 'stored'
    | 'retainedUntil',
    string
  >;
  consents: Record<'parental' | 'image' | 'medical', string>;
  roles: Record<ParticipantRole, string>;
  statuses: Record<ParticipantStatus, string>;
  ageBands: Record<AgeBand, string>;
  purposes: readonly string[];
  recipients: readonly string[];
  source: (guardians: readonly string[]) => string;
  sourceOffice: string;
  rights: (years: number) => string;
  json: Record<
    | 'document'
    | 'madeOn'
    | 'controller'
    | 'person'
    | 'retainedUntil'
    | 'records'
    | 'camp'
    | 'purposes'
    | 'recipients'
    | 'source'
    | 'rights',
    string
  >;
}

const pl: AccessCopyText = {
  title: 'Kopia danych osobowych (art. 15 RODO)',
  none: 'brak',
  alreadyAnonymised: 'dane już zanonimizowane',
  controllerUnknown: 'Urząd gminy (profil urzędu nie został uzupełniony)',
  given: (on, by) => `udzielona ${on} przez: ${by}`,
  withdrawn: (on) => `wycofana ${on}`,
  fields: {
    firstName: 'Imię',
    lastName: 'Nazwisko',
    birthDate: 'Data urodzenia',
    ageBand: 'Przedział wieku',
    role: 'Rola',
    status: 'Status',
    sendingTown: 'Gmina wysyłająca',
    guardianName: 'Rodzic lub opiekun prawny',
    guardianPhone: 'Telefon opiekuna',
    travelDocumentExpiry: 'Ważność dokumentu podróży',
    room: 'Pokój',
    dietaryNotes: 'Dieta (dane o zdrowiu)',
    medicalNotes: 'Informacje medyczne (dane o zdrowiu)',
    anonymisedAt: 'Zanonimizowano',
    stored: 'Zapisano / ostatnia zmiana',
    retainedUntil: 'Dane przechowywane do',
  },
  consents: {
    parental: 'Zgoda rodzica',
    image: 'Zgoda na wizerunek',
    medical: 'Zgoda na udostępnienie informacji o zdrowiu',
  },
  roles: { participant: 'uczestnik', chaperone: 'opiekun', leader: 'kierownik' },
  statuses: {
    registered: 'zgłoszony',
    confirmed: 'potwierdzony',
    attended: 'obecny',
    noShow: 'nieobecny',
    withdrawn: 'wycofany',
  },
  ageBands: { upTo12: 'do 12 lat', from13to17: '13–17 lat', from18to25: '18–25 lat', from26: '26 lat i więcej' },
  purposes: [
    'Organizacja wymiany młodzieży lub obozu: zgłoszenie, zakwaterowanie, opieka i kontakt z rodzicem lub opiekunem.',
    'Ubezpieczenie uczestników na czas wyjazdu.',
    'Ochrona zdrowia uczestnika w czasie wyjazdu (dieta, informacje medyczne) – tylko za zgodą.',
    'Rozliczenie dofinansowania wymiany – grantodawca otrzymuje wyłącznie dane zbiorcze, bez danych osobowych.',
  ],
  recipients: [
    'Kadra i opiekunowie obozu.',
    'Gmina partnerska współorganizująca wymianę.',
    'Ubezpieczyciel uczestników.',
    'Ośrodek zakwaterowania i wyżywienia – dieta tylko za zgodą na udostępnienie informacji o zdrowiu.',
  ],
  source: (guardians) =>
    guardians.length
      ? `Zgłoszenie na wymianę złożone przez rodzica lub opiekuna prawnego (${guardians.join(', ')}) albo przez uczestnika.`
      : 'Zgłoszenie na wymianę złożone przez uczestnika albo przez gminę wysyłającą.',
  sourceOffice: 'Dane wpisali lub zaimportowali z listy zgłoszeń pracownicy referatu współpracy zagranicznej.',
  rights: (years) =>
    `Dane uczestników są anonimizowane ${years} lat po zakończeniu wymiany. Przysługuje Pani/Panu prawo do sprostowania i usunięcia danych, ograniczenia przetwarzania, wycofania zgody w dowolnym momencie (bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem) oraz skargi do Prezesa Urzędu Ochrony Danych Osobowych.`,
  json: {
    document: 'dokument',
    madeOn: 'Data sporządzenia',
    controller: 'Administrator danych',
    person: 'Osoba',
    retainedUntil: 'Dane przechowywane do',
    records: 'Zapisy na wymianach',
    camp: 'Wymiana',
    purposes: 'Cele przetwarzania',
    recipients: 'Kategorie odbiorców',
    source: 'Źródło danych',
    rights: 'Okres przechowywania i prawa osoby',
  },
};

const en: AccessCopyText = {
  title: 'Copy of personal data (Article 15 GDPR)',
  none: 'none',
  alreadyAnonymised: 'data already anonymised',
  controllerUnknown: 'The municipal office (its profile has not been filled in)',
  given: (on, by) => `given on ${on} by ${by}`,
  withdrawn: (on) => `withdrawn on ${on}`,
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    ageBand: 'Age band',
    role: 'Role',
    status: 'Status',
    sendingTown: 'Sending town',
    guardianName: 'Parent or legal guardian',
    guardianPhone: "Guardian's phone",
    travelDocumentExpiry: 'Travel document valid until',
    room: 'Room',
    dietaryNotes: 'Diet (health data)',
    medicalNotes: 'Medical information (health data)',
    anonymisedAt: 'Anonymised',
    stored: 'Recorded / last changed',
    retainedUntil: 'Data kept until',
  },
  consents: {
    parental: 'Parental consent',
    image: 'Image consent',
    medical: 'Consent to share health information',
  },
  roles: { participant: 'participant', chaperone: 'chaperone', leader: 'leader' },
  statuses: {
    registered: 'registered',
    confirmed: 'confirmed',
    attended: 'attended',
    noShow: 'no-show',
    withdrawn: 'withdrawn',
  },
  ageBands: { upTo12: 'up to 12', from13to17: '13–17', from18to25: '18–25', from26: '26 and over' },
  purposes: [
    'Organising the youth exchange or camp: registration, accommodation, supervision and contact with the parent or guardian.',
    'Insuring the participants for the journey.',
    "Protecting the participant's health during the journey (diet, medical information) – only with consent.",
    'Accounting for the exchange grant – the funder receives totals only, no personal data.',
  ],
  recipients: [
    'The camp staff and chaperones.',
    'The partner town co-organising the exchange.',
    "The participants' insurer.",
    'The accommodation and catering provider – diet only with consent to share health information.',
  ],
  source: (guardians) =>
    guardians.length
      ? `Registration for the exchange made by the parent or legal guardian (${guardians.join(', ')}) or by the participant.`
      : 'Registration for the exchange made by the participant or by the sending town.',
  sourceOffice: "Entered or imported from the registration list by the international relations office's staff.",
  rights: (years) =>
    `Participants' data are anonymised ${years} years after the exchange ends. You have the right to rectification and erasure, to restriction of processing, to withdraw consent at any time (without affecting the lawfulness of processing before the withdrawal) and to lodge a complaint with the President of the Personal Data Protection Office (UODO).`,
  json: {
    document: 'document',
    madeOn: 'Made on',
    controller: 'Controller',
    person: 'Person',
    retainedUntil: 'Data kept until',
    records: 'Exchange records',
    camp: 'Exchange',
    purposes: 'Purposes of processing',
    recipients: 'Categories of recipients',
    source: 'Source of the data',
    rights: 'Retention and your rights',
  },
};

export const accessCopyText: Record<Language, AccessCopyText> = { pl, en };
