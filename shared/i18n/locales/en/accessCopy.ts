// English words of the art. 15 access copy that the interface does not show (fields, roles and statuses come from exchanges).
import type pl from '../pl/accessCopy';
import type { Translation } from '../../types';

export default {
  title: 'Copy of personal data (Article 15 GDPR)',
  none: 'none',
  alreadyAnonymised: 'data already anonymised',
  controllerUnknown: 'The municipal office (its profile has not been filled in)',
  consentGiven: 'given on {{on}} by {{by}}',
  consentWithdrawn: 'given on {{on}} by {{by}}; withdrawn on {{withdrawnOn}}',
  field: {
    ageBand: 'Age band',
    room: 'Room',
    dietaryNotes: 'Dietary notes (health data)',
    medicalNotes: 'Medical information (health data)',
    anonymisedAt: 'Anonymised',
    stored: 'Recorded / last changed',
    retainedUntil: 'Data kept until',
  },
  purpose: {
    organise:
      'Organising the youth exchange or camp: registration, accommodation, supervision and contact with the parent or guardian.',
    insurance: 'Insuring the participants for the journey.',
    health: "Protecting the participant's health during the journey (diet, medical information) – only with consent.",
    grant: 'Accounting for the exchange funding – the funder receives totals only, no personal data.',
  },
  recipient: {
    staff: 'The camp staff and chaperones.',
    partner: 'The partner town co-organising the exchange.',
    insurer: "The participants' insurer.",
    accommodation: 'The accommodation and catering provider – diet only with consent to share medical information.',
  },
  source: {
    guardians:
      'Registration for the exchange made by the parent or legal guardian ({{guardians}}) or by the participant.',
    participant: 'Registration for the exchange made by the participant or by the sending town.',
    office: "Entered or imported from the registration list by the international relations office's staff.",
  },
  rights_one:
    "Participants' data are anonymised {{count}} year after the exchange ends. You have the right to rectification and erasure, to restriction of processing, to withdraw consent at any time (without affecting the lawfulness of processing before the withdrawal) and to lodge a complaint with the President of the Personal Data Protection Office (UODO).",
  rights_other:
    "Participants' data are anonymised {{count}} years after the exchange ends. You have the right to rectification and erasure, to restriction of processing, to withdraw consent at any time (without affecting the lawfulness of processing before the withdrawal) and to lodge a complaint with the President of the Personal Data Protection Office (UODO).",
  json: {
    document: 'document',
    madeOn: 'Made on',
    controller: 'Controller',
    person: 'Person',
    retainedUntil: 'Data kept until',
    records: 'Exchange records',
    camp: 'Exchange',
    purposes: 'Purposes of processing',
    recipients: 'Categories of recipients',
    source: 'Source of the data',
    rights: 'Retention and your rights',
  },
  page: 'Page',
  of: 'of',
} satisfies Translation<typeof pl>;
