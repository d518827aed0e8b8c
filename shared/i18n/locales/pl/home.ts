// Polish strings of the home area.
export default {
  title: 'Pulpit',
  subtitle: 'współpraca zagraniczna {{genitive}}',
  overview: 'Przegląd',
  profileMissing: {
    title: 'Brak profilu urzędu',
    body: 'Teczki delegacji, sprawozdania i listy nie mają jeszcze nagłówka z nazwą gminy, adresem i herbem.',
    action: 'Uzupełnij profil w Ustawieniach',
  },
  example: {
    title: 'Pracujesz na przykładowych danych',
    body: 'W bazie są przykładowe dane (Swarzędz z partnerami). Gdy zaczniesz pracę na własnych, usuń je jednym przyciskiem – Twoje wpisy zostaną.',
  },
  start: {
    profileTitle: 'Najpierw profil urzędu',
    profileHelp:
      'Nazwa gminy, komórki urzędu, adres i herb trafią na teczki delegacji, sprawozdania, listy i kalendarze. Zmienisz je później w Ustawieniach.',
    partner: 'Dodaj pierwszą gminę partnerską',
    partnerHelp: 'Zacznij od własnego rejestru gmin partnerskich.',
    restore: 'Przywróć kopię zapasową…',
    restoreHelp: 'Masz kopię z innego komputera albo sprzed ponownej instalacji?',
  },
};
