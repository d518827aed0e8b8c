// English strings of the reports area.
import type pl from '../pl/reports';
import type { Translation } from '../../types';

export default {
  title: 'Reports',
} satisfies Translation<typeof pl>;
