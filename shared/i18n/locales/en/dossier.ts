// English words of the delegation dossier that the interface does not show (its other words come from partners and visits).
import type pl from '../pl/dossier';
import type { Translation } from '../../types';

export default {
  title: 'Delegation dossier',
  generatedOn: 'Prepared on',
  homeTown: 'Municipality',
  partner: 'Partner town',
  partners: 'Partner towns',
  kind: { incoming: 'Incoming visit', outgoing: 'Outgoing visit' },
  sections: {
    partner: 'Partner town and legal basis',
    history: 'History of cooperation',
    contacts: 'Key contacts',
    members: 'Delegation members',
    programme: 'Visit programme',
    logistics: 'Logistics',
    visitGifts: 'Gifts of this visit',
    gifts: 'Gifts exchanged before',
    followUps: 'Open follow-ups',
  },
  legalBasis: 'Legal basis: the Polish Act of 8 March 1990 on municipal self-government.',
  history: {
    date: 'Date',
    kind: 'Kind',
    title: 'Title',
    event: 'event',
    visit: { incoming: 'incoming visit', outgoing: 'outgoing visit' },
    yearly: 'every year since {{year}}',
  },
  none: 'None recorded.',
  page: 'Page',
  of: 'of',
} satisfies Translation<typeof pl>;
