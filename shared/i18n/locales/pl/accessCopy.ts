// Polish words of the art. 15 access copy that the interface does not show (fields, roles and statuses come from exchanges).
export default {
  title: 'Kopia danych osobowych (art. 15 RODO)',
  none: 'brak',
  alreadyAnonymised: 'dane już zanonimizowane',
  controllerUnknown: 'Urząd gminy (profil urzędu nie został uzupełniony)',
  consentGiven: 'udzielona {{on}} przez: {{by}}',
  consentWithdrawn: 'udzielona {{on}} przez: {{by}}; wycofana {{withdrawnOn}}',
  field: {
    ageBand: 'Przedział wieku',
    room: 'Pokój',
    dietaryNotes: 'Uwagi dietetyczne (dane o zdrowiu)',
    medicalNotes: 'Informacje medyczne (dane o zdrowiu)',
    anonymisedAt: 'Zanonimizowano',
    stored: 'Zapisano / ostatnia zmiana',
    retainedUntil: 'Dane przechowywane do',
  },
  purpose: {
    organise:
      'Organizacja wymiany młodzieży lub obozu: zgłoszenie, zakwaterowanie, opieka i kontakt z rodzicem lub opiekunem.',
    insurance: 'Ubezpieczenie uczestników na czas wyjazdu.',
    health: 'Ochrona zdrowia uczestnika w czasie wyjazdu (dieta, informacje medyczne) – tylko za zgodą.',
    grant: 'Rozliczenie dofinansowania wymiany – grantodawca otrzymuje wyłącznie dane zbiorcze, bez danych osobowych.',
  },
  recipient: {
    staff: 'Kadra i opiekunowie obozu.',
    partner: 'Gmina partnerska współorganizująca wymianę.',
    insurer: 'Ubezpieczyciel uczestników.',
    accommodation: 'Ośrodek zakwaterowania i wyżywienia – dieta tylko za zgodą na udostępnienie informacji medycznych.',
  },
  source: {
    guardians:
      'Zgłoszenie na wymianę złożone przez rodzica lub opiekuna prawnego ({{guardians}}) albo przez uczestnika.',
    participant: 'Zgłoszenie na wymianę złożone przez uczestnika albo przez gminę wysyłającą.',
    office: 'Dane wpisali lub zaimportowali z listy zgłoszeń pracownicy referatu współpracy zagranicznej.',
  },
  rights_one:
    'Dane uczestników są anonimizowane {{count}} rok po zakończeniu wymiany. Przysługuje Pani/Panu prawo do sprostowania i usunięcia danych, ograniczenia przetwarzania, wycofania zgody w dowolnym momencie (bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem) oraz skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
  rights_few:
    'Dane uczestników są anonimizowane {{count}} lata po zakończeniu wymiany. Przysługuje Pani/Panu prawo do sprostowania i usunięcia danych, ograniczenia przetwarzania, wycofania zgody w dowolnym momencie (bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem) oraz skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
  rights_many:
    'Dane uczestników są anonimizowane {{count}} lat po zakończeniu wymiany. Przysługuje Pani/Panu prawo do sprostowania i usunięcia danych, ograniczenia przetwarzania, wycofania zgody w dowolnym momencie (bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem) oraz skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
  rights_other:
    'Dane uczestników są anonimizowane {{count}} roku po zakończeniu wymiany. Przysługuje Pani/Panu prawo do sprostowania i usunięcia danych, ograniczenia przetwarzania, wycofania zgody w dowolnym momencie (bez wpływu na zgodność z prawem przetwarzania przed jej wycofaniem) oraz skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
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
  page: 'Strona',
  of: 'z',
};
