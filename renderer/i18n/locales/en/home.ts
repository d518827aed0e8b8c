// English strings of the home area.
import type pl from '../pl/home';
import type { Translation } from '../../types';

export default {
  title: 'Dashboard',
  overview: 'Overview',
} satisfies Translation<typeof pl>;
