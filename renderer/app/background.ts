// Long work off the main thread: a module worker posts messages back; where workers are missing (tests in jsdom)
// or the worker fails to start, the same work runs in the page after the next task. Cancel ends it either way.

/** The work itself: a request in, messages out. Shared by the worker entry and the in-page fallback. */
export type Work<Request, Message> = (request: Request, post: (message: Message) => void) => void | Promise<void>;

export interface Background<T> {
  /** The work's answer, or undefined when cancelled. */
  result: Promise<T | undefined>;
  cancel: () => void;
}

export interface BackgroundOptions<Request, Message, T> {
  request: Request;
  /** `() => new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`, written out where the bundler sees it. */
  worker: () => Worker;
  /** Loads the same work for the page (a dynamic import, so it stays out of the start-up bundle). */
  inPage: () => Promise<Work<Request, Message>>;
  /** A fresh receiver per run (a fallback starts over): takes each message, returns `{ value }` once finished. */
  receiver: () => (message: Message) => { value: T } | undefined;
}

function runInPage<Request, Message, T>(o: BackgroundOptions<Request, Message, T>): Background<T> {
  let cancelled = false;
  const receive = o.receiver();
  const result = new Promise<T | undefined>((resolve, reject) => {
    const post = (message: Message) => {
      if (cancelled) return;
      const finished = receive(message);
      if (finished) resolve(finished.value);
    };
    setTimeout(() => {
      if (cancelled) return resolve(undefined);
      o.inPage()
        .then((work) => work(o.request, post))
        .then(() => cancelled && resolve(undefined), reject);
    }, 0);
  });
  return { result, cancel: () => (cancelled = true) };
}

export function runInBackground<Request, Message, T>(o: BackgroundOptions<Request, Message, T>): Background<T> {
  if (typeof Worker === 'undefined') return runInPage(o);
  const worker = o.worker();
  const receive = o.receiver();
  let settle: (value: T | undefined) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  let fallback: Background<T> | undefined;
  const result = new Promise<T | undefined>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<Message>) => {
    const finished = receive(event.data);
    if (finished) {
      settle(finished.value);
      worker.terminate();
    }
  };
  worker.onerror = () => {
    worker.terminate();
    fallback = runInPage(o);
    fallback.result.then(settle, fail);
  };
  worker.postMessage(o.request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
      settle(undefined);
    },
  };
}

/** The worker's side: runs `work` for each request and posts its messages to the page. */
export function serveWork<Request, Message>(work: Work<Request, Message>): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage: (message: Message) => void;
  };
  scope.onmessage = (event) => void work(event.data, (message) => scope.postMessage(message));
}

/**
 * A conversation with one worker that keeps its state between requests (a checked backup, until it is written).
 * `serve` gets the way to post messages once and returns the handler of each request.
 */
export type Serve<Request, Message> = (post: (message: Message) => void) => (request: Request) => Promise<void>;

export interface Session<Request> {
  /** `transfer`: buffers handed over to the worker rather than copied; the page's views of them are emptied. */
  send: (request: Request, transfer?: Transferable[]) => void;
  /** Ends the worker, and with it whatever it held; the in-page fallback's messages are no longer heard. */
  close: () => void;
}

export interface SessionOptions<Request, Message> {
  /** `() => new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`, written out where the bundler sees it. */
  worker: () => Worker;
  /** The same work for the page, when workers are missing or the worker fails to start. */
  inPage: () => Promise<Serve<Request, Message>>;
  onMessage: (message: Message) => void;
  /** The work failed outside its own messages (the worker crashed after it had started). */
  onFailure: (error: unknown) => void;
}

function sessionInPage<Request, Message>(o: SessionOptions<Request, Message>): Session<Request> {
  let closed = false;
  // Each message as a task of its own, as from a worker: never inside the work's own database transaction.
  const post = (message: Message) => setTimeout(() => !closed && o.onMessage(message), 0);
  const handler = o.inPage().then((serve) => serve(post));
  // Each request after the next task, in order, as a worker would take it.
  let queue: Promise<void> = Promise.resolve();
  return {
    send: (request) => {
      queue = queue
        .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
        .then(async () => (closed ? undefined : (await handler)(request)))
        .catch((error: unknown) => {
          if (!closed) o.onFailure(error);
        });
    },
    close: () => {
      closed = true;
    },
  };
}

/** What a session's worker posts first, once its module has loaded. */
const READY = 'session-ready';

export function openSession<Request, Message>(o: SessionOptions<Request, Message>): Session<Request> {
  if (typeof Worker === 'undefined') return sessionInPage(o);
  const worker = o.worker();
  let closed = false;
  let started = false;
  /**
   * Requests sent before the worker is ready: repeated in the page if it never starts. One that hands buffers over
   * waits here until then (and those after it, in order), so a worker that never starts leaves its buffers whole.
   */
  const early: { request: Request; transfer: Transferable[]; posted: boolean }[] = [];
  let fallback: Session<Request> | undefined;
  worker.onmessage = (event: MessageEvent<Message | typeof READY>) => {
    if (event.data === READY) {
      started = true;
      for (const { request, transfer, posted } of early.splice(0)) if (!posted) worker.postMessage(request, transfer);
      return;
    }
    if (!closed) o.onMessage(event.data);
  };
  worker.onerror = (event) => {
    worker.terminate();
    if (closed) return;
    if (started) return o.onFailure(event);
    fallback = sessionInPage(o);
    for (const { request } of early.splice(0)) fallback.send(request);
  };
  return {
    send: (request, transfer = []) => {
      if (fallback) return fallback.send(request);
      if (started) return worker.postMessage(request, transfer);
      const posted = transfer.length === 0 && early.every((e) => e.posted);
      if (posted) worker.postMessage(request);
      early.push({ request, transfer, posted });
    },
    close: () => {
      closed = true;
      early.length = 0;
      worker.terminate();
      fallback?.close();
    },
  };
}

/** What a worker's code sees of its own global scope: the requests come in, the messages go out. */
export interface WorkerScope<Request, Message> {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: Message | typeof READY) => void;
}

/** The worker's side of a session: one handler for the worker's life, each request handed to it in turn. */
export function serveSession<Request, Message>(
  serve: Serve<Request, Message>,
  scope = self as unknown as WorkerScope<Request, Message>,
): void {
  const handle = serve((message) => scope.postMessage(message));
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event) => {
    queue = queue.then(() => handle(event.data));
  };
  scope.postMessage(READY);
}

/** `report` at most once per `ms`, the first time at once; a report with `last` set is always made. */
export function throttled<T>(ms: number, report: (value: T) => void): (value: T, last?: boolean) => void {
  let at = -Infinity;
  return (value, last = false) => {
    const now = performance.now();
    if (!last && now - at < ms) return;
    at = now;
    report(value);
  };
}
