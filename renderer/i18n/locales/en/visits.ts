// English strings of the visits area.
import type pl from '../pl/visits';
import type { Translation } from '../../types';

export default {
  title: 'Delegation visits',
} satisfies Translation<typeof pl>;
