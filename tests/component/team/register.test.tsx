// An erasure that arrives from another desk is kept in the data folder and applied here at once.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inRemoteTransaction } from '../../../renderer/db/sync/outbox';
import { keepArrivingErasures } from '../../../renderer/db/sync/register';
import { ERASURE_REGISTER_KEY } from '../../../renderer/platform/browserPrivacy';
import { platform } from '../../../renderer/platform';
import type { Participant } from '../../../shared/domain';
import { freshDatabase } from '../../helpers/db';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  localStorage.removeItem(ERASURE_REGISTER_KEY);
});

describe('erasures arriving with the sync', () => {
  it('go into the data folder register and erase the person on this desk', async () => {
    const db = await freshDatabase();
    localStorage.removeItem(ERASURE_REGISTER_KEY);
    await db.participants.put({
      id: 'child-1',
      eventId: 'camp',
      occurrence: '2027-07-10',
      firstName: 'Kanarek',
      lastName: 'Arriving',
      birthYear: 2014,
      sendingTown: 'home',
      role: 'participant',
      status: 'confirmed',
      identified: 1,
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:00.000Z',
    } as unknown as Participant);
    stop = keepArrivingErasures();
    await inRemoteTransaction(db, ['anonymisations'], () =>
      db.anonymisations.put({
        id: 'from-another-desk',
        at: '2026-12-06T10:00:00.000Z',
        participantIds: [],
        eventIds: ['camp'],
        erasedIds: ['child-1'],
      }),
    );
    await waitFor(async () => {
      const kept = await platform.readErasureRegister();
      expect(kept.ok && kept.value.map((r) => r.id)).toEqual(['from-another-desk']);
    });
    await waitFor(async () => expect(await db.participants.get('child-1')).toBeUndefined());
  });
});
