// Polish strings of the reports area.
export default {
  title: 'Sprawozdania',
};
