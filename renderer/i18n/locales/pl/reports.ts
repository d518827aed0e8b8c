// Polish strings of the reports area: the annual report for the council.
export default {
  title: 'Sprawozdania',
  heading: 'Sprawozdanie ze współpracy międzynarodowej',
  subtitle: '{{home}}: okres {{from}} – {{to}}',
  period: { year: 'Rok', from: 'Od', to: 'Do', custom: 'Dowolny okres', wholeYear: 'Cały rok', invalid: 'Początek okresu musi być przed jego końcem' },
  exportLanguage: 'Język eksportu',
  actions: { pdf: 'Eksportuj PDF', csv: 'Tabele CSV', xlsx: 'Tabele XLSX', showRecords: 'Pokaż rekordy' },
  summary: {
    partners: 'Aktywni partnerzy', events: 'Wydarzenia', visitsIn: 'Wizyty przyjazdowe', visitsOut: 'Wizyty wyjazdowe',
    participants: 'Uczestnicy wymian',
  },
  section: {
    partners: 'Gminy partnerskie', eventsByKind: 'Wydarzenia według rodzaju', eventsByPartner: 'Wydarzenia według partnera',
    eventsByMonth: 'Wydarzenia w miesiącach', visits: 'Wizyty delegacji według partnera', participantsByCountry: 'Uczestnicy według kraju',
    participantsByAge: 'Uczestnicy według grupy wiekowej', participantsByRole: 'Uczestnicy według roli', costsByCategory: 'Koszty według kategorii',
    costsByFunding: 'Koszty według programu finansowania', costTotals: 'Koszty razem (w walutach)', awards: 'Nagrody',
    anniversaries: 'Rocznice współpracy',
  },
  chart: {
    eventsByMonth: 'Wykres: wydarzenia w miesiącach', visitsByPartner: 'Wykres: wizyty według partnera',
    participantsByCountry: 'Wykres: uczestnicy według kraju', costsByFunding: 'Wykres: koszty według programu finansowania',
  },
  partners: { active: 'Aktywne', new: 'Nowe', ended: 'Zakończone', dormant: 'Uśpione' },
  column: {
    figure: 'Pozycja', count: 'Liczba', names: 'Nazwy', kind: 'Rodzaj', partner: 'Partner', month: 'Miesiąc', incoming: 'Przyjazdowe',
    outgoing: 'Wyjazdowe', total: 'Razem', country: 'Kraj', ageGroup: 'Grupa wiekowa', role: 'Rola', category: 'Kategoria',
    currency: 'Waluta', amount: 'Kwota', funding: 'Program', none: 'bez przypisania', stage: 'Wyróżnienie', year: 'Rok',
    years: 'Lata', date: 'Data',
  },
  empty: 'Brak danych w tym okresie.',
  records: 'Rekordy: {{title}}',
  recordsShown: 'Pokazano pierwsze {{shown}} z {{count}}. Zawęź okres, aby zobaczyć pozostałe.',
  generated: 'Wygenerowano {{date}} w programie Twinning Desk',
  page: 'Strona',
};
