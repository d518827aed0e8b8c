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
