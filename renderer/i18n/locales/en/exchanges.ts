// English strings of the exchanges area.
import type pl from '../pl/exchanges';
import type { Translation } from '../../types';

export default {
  title: 'Youth exchanges',
} satisfies Translation<typeof pl>;
