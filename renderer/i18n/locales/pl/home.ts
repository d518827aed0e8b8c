// Polish strings of the home area.
export default {
  title: 'Pulpit',
  overview: 'Przegląd',
};
