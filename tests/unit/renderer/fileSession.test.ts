// The import dialogs' file session: the bytes handed to one worker, runs over them told apart, a stopped run ended
// in the worker, and the page serving the runs when the worker never starts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileSession, serveFile, type FileWork } from '../../../renderer/app/fileSession';
import { fakeWorker } from '../../helpers/fakeWorker';

type Reply = { type: 'byte'; value: number } | { type: 'done' };

/** Posts the file's bytes one at a time, a task apart, as long as the run is alive; counts what each run posted. */
function slowWork(posted: Map<string, number>): FileWork<{ name: string }, Reply> {
  return async ({ name, bytes }, post, alive = () => true) => {
    for (const value of bytes) {
      posted.set(name, (posted.get(name) ?? 0) + 1);
      post({ type: 'byte', value });
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!alive()) return;
    }
    post({ type: 'done' });
  };
}

/** The bytes a run received, once it is done. */
function gather(onFirst?: () => void) {
  const values: number[] = [];
  return (reply: Reply) => {
    if (reply.type === 'done') return { value: values };
    if (values.push(reply.value) === 1) onFirst?.();
    return undefined;
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('a file held by its own worker', () => {
  it('takes the bytes from the page; a stopped run ends in the worker, and the next reads the same bytes', async () => {
    const posted = new Map<string, number>();
    vi.stubGlobal('Worker', fakeWorker(serveFile(slowWork(posted))));
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i);
    const session = openFileSession<{ name: string }, Reply>({
      bytes,
      worker: () => new Worker('unused'),
      inPage: () => Promise.reject(new Error('the page is not asked')),
    });
    expect(bytes.byteLength).toBe(40);
    let first: ReturnType<typeof session.run<number[]>> | undefined;
    const started = new Promise<void>((resolve) => {
      first = session.run({ name: 'first' }, gather(resolve));
    });
    await started;
    // Handed over once the worker is ready: the page's view is empty.
    expect(bytes.byteLength).toBe(0);
    first!.cancel();
    const second = session.run({ name: 'second' }, gather());
    expect(await first!.result).toBeUndefined();
    expect(await second.result).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(posted.get('first')).toBeLessThan(10);
    session.close();
  });

  it('closed, the runs under way answer undefined', async () => {
    vi.stubGlobal('Worker', fakeWorker(serveFile(slowWork(new Map()))));
    const session = openFileSession<{ name: string }, Reply>({
      bytes: new Uint8Array(50),
      worker: () => new Worker('unused'),
      inPage: () => Promise.reject(new Error('the page is not asked')),
    });
    const run = session.run({ name: 'one' }, gather());
    session.close();
    expect(await run.result).toBeUndefined();
  });

  it('serves the runs in the page, the bytes whole, when the worker never starts', async () => {
    class Broken {
      onmessage: unknown = null;
      onerror: ((event: Event) => void) | null = null;
      constructor() {
        setTimeout(() => this.onerror?.(new Event('error')), 0);
      }
      postMessage(): void {
        throw new Error('nothing is sent to a worker that is not ready');
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', Broken);
    const bytes = Uint8Array.from([7, 8, 9]);
    const session = openFileSession<{ name: string }, Reply>({
      bytes,
      worker: () => new Worker('unused'),
      inPage: () => Promise.resolve(slowWork(new Map())),
    });
    expect(await session.run({ name: 'in page' }, gather()).result).toEqual([7, 8, 9]);
    session.close();
  });
});
