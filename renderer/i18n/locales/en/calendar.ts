// English strings of the calendar area.
import type pl from '../pl/calendar';
import type { Translation } from '../../types';

export default {
  title: 'Calendar',
} satisfies Translation<typeof pl>;
