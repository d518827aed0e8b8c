// Records the sync tests write: fixed stamps, a partner with only what the store needs.
import type { Partner } from '../../../shared/domain';

export const stamps = { createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z' };

export const partner = (id: string, name: string): Partner =>
  ({
    id,
    name,
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
    areas: [],
    languages: [],
    ...stamps,
  }) as unknown as Partner;
