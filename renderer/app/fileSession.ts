// One worker per import dialog that holds the chosen file: the page hands the bytes over (transferred, not copied)
// and keeps none; each preview or Save is a run over them, told apart by its number. Where workers are missing the
// same runs are served in the page (openSession's fallback), the bytes then kept by that in-page session.
import { openSession, type Background, type Serve } from './background';

export type FileRequest<Run> =
  | { type: 'open'; bytes: Uint8Array }
  | { type: 'run'; run: number; request: Run }
  /** The page no longer listens to the run: it ends at its next pause. */
  | { type: 'stop'; run: number };

/** A run's message, or its failure (the error's own text: a worker's errors reach the page as copies). */
export type FileMessage<Message> = { run: number; message: Message } | { run: number; failed: string };

/**
 * One run's work over the file's bytes. `alive` turns false once the page has stopped the run: the work checks it
 * between slices (see `pauses`) and ends; what it posts after that is dropped.
 */
export type FileWork<Run, Message> = (
  request: Run & { bytes: Uint8Array },
  post: (message: Message) => void,
  alive?: () => boolean,
) => void | Promise<void>;

/** The least reading between two pauses: long enough that the pauses cost little, short enough that a stop is heard. */
const TURN_MS = 40;

/**
 * What to await between slices of reading: now and then a task's pause, in which a stop from the page can arrive
 * (a worker hears its messages only between tasks); false once the run is stopped.
 */
export function pauses(alive: () => boolean = () => true): () => boolean | Promise<boolean> {
  let since = performance.now();
  return () => {
    if (performance.now() - since < TURN_MS) return alive();
    return new Promise<boolean>((resolve) =>
      setTimeout(() => {
        since = performance.now();
        resolve(alive());
      }, 0),
    );
  };
}

/** The worker's side (or the page's): keeps the bytes, starts each run without waiting for the one before. */
export function serveFile<Run, Message>(work: FileWork<Run, Message>): Serve<FileRequest<Run>, FileMessage<Message>> {
  return (post) => {
    let bytes: Uint8Array = new Uint8Array();
    const live = new Set<number>();
    return (request) => {
      if (request.type === 'open') bytes = request.bytes;
      else if (request.type === 'stop') live.delete(request.run);
      else {
        const { run } = request;
        const alive = () => live.has(run);
        live.add(run);
        // Not awaited: the next request (a stop, a newer preview) is taken while this run pauses.
        Promise.resolve()
          .then(() => work({ ...request.request, bytes }, (message) => alive() && post({ run, message }), alive))
          .catch((error: unknown) => alive() && post({ run, failed: error instanceof Error ? error.message : '' }))
          .finally(() => live.delete(run));
      }
      return Promise.resolve();
    };
  };
}

export interface FileSession<Run, Message> {
  /** One run over the file: its messages to `receiver` until it returns `{ value }`; cancel stops it in the worker. */
  run: <T>(request: Run, receiver: (message: Message) => { value: T } | undefined) => Background<T>;
  /** Ends the worker and the bytes it holds; runs under way answer undefined. */
  close: () => void;
}

export interface FileSessionOptions<Run, Message> {
  /** The file's bytes: handed over to the worker, so the caller's view of them is empty afterwards. */
  bytes: Uint8Array;
  /** `() => new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`, written out where the bundler sees it. */
  worker: () => Worker;
  /** The same work for the page, when workers are missing or the worker fails to start. */
  inPage: () => Promise<FileWork<Run, Message>>;
}

interface Waiting<Message> {
  receive: (message: Message) => boolean;
  settle: (value: undefined) => void;
  fail: (error: unknown) => void;
}

/** Hands the file to a worker of its own and returns the way to ask it for runs. */
export function openFileSession<Run, Message>(o: FileSessionOptions<Run, Message>): FileSession<Run, Message> {
  const waiting = new Map<number, Waiting<Message>>();
  let next = 0;
  const session = openSession<FileRequest<Run>, FileMessage<Message>>({
    worker: o.worker,
    inPage: () => o.inPage().then((work) => serveFile(work)),
    onMessage: (reply) => {
      const run = waiting.get(reply.run);
      if (!run) return;
      if ('failed' in reply) {
        waiting.delete(reply.run);
        run.fail(new Error(reply.failed));
      } else if (run.receive(reply.message)) waiting.delete(reply.run);
    },
    onFailure: (error) => {
      for (const run of waiting.values()) run.fail(error);
      waiting.clear();
    },
  });
  session.send({ type: 'open', bytes: o.bytes }, transferable(o.bytes));

  const run = <T>(request: Run, receiver: (message: Message) => { value: T } | undefined): Background<T> => {
    const id = ++next;
    let settle: (value: T | undefined) => void = () => undefined;
    const result = new Promise<T | undefined>((resolve, reject) => {
      settle = resolve;
      waiting.set(id, {
        receive: (message) => {
          const finished = receiver(message);
          if (finished) resolve(finished.value);
          return finished !== undefined;
        },
        settle: resolve,
        fail: reject,
      });
    });
    session.send({ type: 'run', run: id, request });
    return {
      result,
      cancel: () => {
        if (!waiting.delete(id)) return;
        session.send({ type: 'stop', run: id });
        settle(undefined);
      },
    };
  };

  return {
    run,
    close: () => {
      session.close();
      for (const waiter of waiting.values()) waiter.settle(undefined);
      waiting.clear();
    },
  };
}

/**
 * The buffer to hand over: the bytes' own when they fill it; a view into a larger buffer is copied instead. The tag
 * tells an ArrayBuffer (of any realm) from a SharedArrayBuffer, which cannot be handed over.
 */
function transferable({ buffer, byteOffset, byteLength }: Uint8Array): Transferable[] {
  const whole = byteOffset === 0 && byteLength === buffer.byteLength;
  return whole && Object.prototype.toString.call(buffer) === '[object ArrayBuffer]' ? [buffer as ArrayBuffer] : [];
}
