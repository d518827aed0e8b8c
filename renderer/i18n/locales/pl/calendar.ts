// Polish strings of the calendar area.
export default {
  title: 'Kalendarz',
};
