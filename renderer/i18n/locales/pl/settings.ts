// Polish strings of the settings area.
export default {
  title: 'Ustawienia i kopie zapasowe',
  appearance: 'Wygląd i język',
  storage: {
    title: 'Przechowywanie danych',
    persistence: 'Trwałe przechowywanie:',
    persisted: 'włączone',
    notPersisted: 'niepotwierdzone',
    notPersistedHelp: 'System może usunąć dane przy braku miejsca na dysku. Rób regularne kopie zapasowe.',
  },
  version: '{{name}}, wersja {{version}}',
};
