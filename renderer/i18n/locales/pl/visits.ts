// Polish strings of the visits area.
export default {
  title: 'Wizyty delegacji',
};
