// English strings of the calendar area: views, event form, clashes, ICS, tasks and the dashboard widget.
import type pl from '../pl/calendar';
import type { Translation } from '../../types';

export default {
  title: 'Calendar',
  views: { label: 'Calendar view', month: 'Month', week: 'Week', agenda: 'List', year: 'Year' },
  nav: {
    label: 'Calendar navigation', prev: 'Previous period', next: 'Next period', today: 'Today',
    keys: 'Keys: ← → previous/next, T today, M/W/L/Y view',
  },
  filters: {
    label: 'Filters', kind: 'Kind', partner: 'Partner town', status: 'Status', coordinator: 'Coordinator', all: 'All',
    visits: 'Delegation visits',
  },
  kinds: {
    youthCamp: 'Youth camp / exchange', europeDays: 'Europe days / festival', conference: 'Conference',
    sports: 'Sports competition', cultural: 'Cultural event', studyVisit: 'Study visit', anniversary: 'Anniversary',
    deadline: 'Deadline', other: 'Other',
  },
  statuses: { planned: 'Planned', confirmed: 'Confirmed', done: 'Done', cancelled: 'Cancelled' },
  visitStatuses: { idea: 'Idea', planned: 'Planned', confirmed: 'Confirmed', done: 'Done', cancelled: 'Cancelled' },
  visit: 'Delegation visit',
  grid: { label: 'Calendar of {{month}}', week: 'Week {{range}}', year: 'Year {{year}}', weekNo: 'Wk' },
  more_one: '+{{count}} more', more_other: '+{{count}} more',
  allDay: 'All day',
  empty: 'No events in this period',
  markers: { clash: 'Clash', holiday: 'Holiday', series: 'Recurring', cancelled: 'Cancelled' },
  actions: {
    newEvent: 'New event', importIcs: 'Import ICS', export: 'ICS export', exportRange: 'Export visible range (ICS)',
    exportAll: 'Export everything (ICS)', exportEvent: 'Export to ICS',
  },
  form: {
    newTitle: 'New event', editTitle: 'Edit event', occurrenceTitle: 'Edit one occurrence ({{date}})',
    title: 'Title', kind: 'Kind', allDay: 'All day', startDate: 'Start date', startTime: 'Start time',
    endDate: 'End date', endTime: 'End time', venue: 'Venue', town: 'Town', country: 'Country',
    host: 'Host', partners: 'Partner towns', status: 'Status', coordinator: 'Coordinator', budget: 'Budget',
    currency: 'Currency', funding: 'Funding programme', description: 'Description', recurrence: 'Repeat',
    repeat: { none: 'Does not repeat', yearly: 'Every year', monthly: 'Every month', weekly: 'Every week' },
    interval: 'Every how many periods', ends: 'Repeat ends', endsNever: 'Never', endsUntil: 'On a date', endsCount: 'After a number of times',
    until: 'Repeat until', count: 'Number of times', saved: 'Event “{{title}}” saved', invalid: 'Please correct the marked fields',
    endBeforeStart: 'The end cannot be before the start',
  },
  clashes: {
    title: 'Note: possible clashes',
    holiday: 'Public holiday ({{country}}): {{name}}, {{date}}',
    partner: '{{partner}} also takes part in: {{other}}',
    coordinator: 'Coordinator {{coordinator}} is also booked for: {{other}}',
  },
  details: {
    title: 'Event details', when: 'When', place: 'Place', host: 'Host', partners: 'Partner towns',
    budget: 'Budget', series: 'Series', editSeries: 'Edit the whole series', editOccurrence: 'Edit this occurrence',
    cancelOccurrence: 'Cancel this occurrence', restoreOccurrence: 'Restore this occurrence', deleteEvent: 'Delete event',
    deleteConfirm: 'Delete the event “{{title}}”{{series}}? This cannot be undone.', deleteSeries: ' with its whole series',
    deleted: 'Event deleted', cancelled: 'Occurrence of {{date}} cancelled', restored: 'Occurrence of {{date}} restored',
    repeat: { yearly: 'every year', monthly: 'every month', weekly: 'every week' },
    every_one: 'every {{count}}', every_other: 'every {{count}}',
    untilDate: 'until {{date}}', times_one: '{{count}} time', times_other: '{{count}} times',
    home: 'Home municipality ({{name}})', none: '—', openVisit: 'Open visit',
  },
  ics: { fileRange: 'calendar-{{from}}-{{to}}.ics', fileAll: 'calendar.ics', calendarName: 'Twinning Desk calendar', empty: 'No events to export' },
  import: {
    title: "Import a partner's calendar (ICS)", malformed: 'The file is not a valid ICS calendar. Nothing was imported.',
    empty: 'The file contains no events. Nothing was imported.', tooMany: 'The file contains too many events. Nothing was imported.',
    choose: 'Choose the events to import', pick: 'Import “{{title}}”', all: 'Select all', kind: 'Kind for the selected',
    partner: 'Partner town for the selected', untitled: '(untitled)', submit_one: 'Import {{count}} event',
    submit_other: 'Import {{count}} events',
    done_one: 'Imported {{count}} event', done_other: 'Imported {{count}} events',
    failed: 'The import failed. Nothing was stored.', preview: 'Preview', file: 'File: {{name}}',
    columns: { pick: 'Pick', title: 'Title', when: 'When', place: 'Place' },
    known: 'Already in the calendar (an earlier import or our own export). Tick to add a copy.',
    exceptions_one: '{{count}} occurrence changed or cancelled', exceptions_other: '{{count}} occurrences changed or cancelled',
    notes: {
      ruleNotStored: 'Repeats in a way the app cannot store: it will be imported as a single event (first date only).',
      detachedOccurrence: 'A changed date of a series that is not in this file: it will be imported as a single event.',
    },
  },
  tasks: {
    title: 'Tasks and deadlines', add: 'Add task', task: 'Task', due: 'Due', owner: 'Owner', done: 'Done',
    event: 'Linked event', partner: 'Linked partner town', none: 'None', showDone: 'Show done', empty: 'No tasks',
    overdue: 'Overdue', markDone: 'Mark “{{title}}” as done', delete: 'Delete task “{{title}}”', table: 'Tasks',
    link: 'Linked to', visit: 'Visit', saved: 'Task added',
  },
  widget: {
    title: 'This week', events: 'Events and visits', tasks: 'Tasks to do', noEvents: 'No events this week',
    noTasks: 'No tasks due this week', overdue: 'overdue', due: 'due {{date}}', all: 'Open the calendar',
    today: 'Today', noToday: 'Nothing planned for today', restOfWeek: 'Rest of this week',
  },
} satisfies Translation<typeof pl>;
