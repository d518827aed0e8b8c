// Polish strings of the exchanges area.
export default {
  title: 'Wymiany młodzieży',
};
