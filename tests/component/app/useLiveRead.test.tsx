// A live read that starts as its component is drawn: the value comes before anyone subscribes, follows writes, and
// stops with the component (or when nobody claims it).
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startLiveRead, useLiveRead } from '../../../renderer/app/useLiveRead';
import { listPartners, savePartner } from '../../../renderer/db/repositories/partners';
import { freshDatabase } from '../../helpers/db';

beforeEach(async () => {
  await freshDatabase();
});

function Names({ log }: { log: string[] }) {
  const partners = useLiveRead(async () => {
    log.push('read');
    return listPartners();
  });
  return <p>{partners === undefined ? 'reading' : partners.map((p) => p.name).join(', ') || 'none'}</p>;
}

const add = (name: string) => savePartner({ name, country: 'FR', relationKind: 'partnership', status: 'active' });

describe('useLiveRead', () => {
  it('starts reading before anyone subscribes, and hands the value to a later subscriber at once', async () => {
    await add('Duclair');
    let reads = 0;
    const read = startLiveRead(async () => {
      reads += 1;
      return listPartners();
    });
    await vi.waitFor(() => expect(read.hasValue()).toBe(true));
    expect(reads).toBe(1);
    const got: string[][] = [];
    const subscription = read.subscribe((partners) => got.push(partners.map((p) => p.name)));
    expect(got).toEqual([['Duclair']]);
    subscription.unsubscribe();
  });

  it('shows the value in the component, follows writes, and stops reading once the component is gone', async () => {
    const log: string[] = [];
    const { unmount } = render(<Names log={log} />);
    expect(await screen.findByText('none')).toBeTruthy();
    await act(() => add('Lubny'));
    expect(await screen.findByText('Lubny')).toBeTruthy();
    unmount();
    const reads = log.filter((l) => l === 'read').length;
    // A read that is still subscribed sees the next write; the gone component's read would have started with it.
    const other = startLiveRead(listPartners);
    const seen = new Promise<void>((resolve) => other.subscribe((partners) => partners.length === 2 && resolve()));
    await add('Paide');
    await seen;
    expect(log.filter((l) => l === 'read')).toHaveLength(reads);
  });

  it('lets go of a read that nobody claims (a draw React never committed)', async () => {
    let reads = 0;
    const dropped = startLiveRead(async () => {
      reads += 1;
      return listPartners();
    }, 0);
    await vi.waitFor(() => expect(reads).toBe(1));
    // its stop was set before this wait, so it has run when this wait ends
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dropped.hasValue()).toBe(false);
    expect(dropped.isRunning()).toBe(false);
    const kept = startLiveRead(listPartners);
    const seen = new Promise<void>((resolve) => kept.subscribe((partners) => partners.length === 1 && resolve()));
    await add('Duclair');
    await seen;
    expect(reads).toBe(1);
  });
});
