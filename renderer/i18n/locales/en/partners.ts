// English strings of the partner towns area.
import type pl from '../pl/partners';
import type { Translation } from '../../types';

export default {
  title: 'Partner towns',
  filter: 'Filter by name',
  field: { name: 'Name', country: 'Country', relationKind: 'Relation', status: 'Status' },
  relationKind: {
    partnership: 'Partnership', twinning: 'Twinning', sister: 'Sister town',
    cooperation: 'Cooperation agreement', intent: 'Letter of intent',
  },
  status: { negotiation: 'In negotiation', active: 'Active', dormant: 'Dormant', ended: 'Ended' },
} satisfies Translation<typeof pl>;
