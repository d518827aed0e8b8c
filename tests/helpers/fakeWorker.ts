// A module worker as the page sees one, for jsdom and Node (which have none): its side is a session served as a real
// worker serves it; messages cross as structured clones, each in a task of its own, and buffers in a transfer list are
// handed over, so the sender's views of them are emptied as in the browser.
import { serveSession, type Serve, type WorkerScope } from '../../renderer/app/background';

export interface FakeWorkerClass {
  new (): Worker;
}

export function fakeWorker<Request, Message>(serve: Serve<Request, Message>): FakeWorkerClass {
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    private ended = false;
    private readonly inside: WorkerScope<Request, Message>;

    constructor() {
      this.inside = {
        onmessage: null,
        postMessage: (message) => {
          const copy: unknown = structuredClone(message);
          this.later(() => this.onmessage?.({ data: copy } as MessageEvent));
        },
      };
      serveSession(serve, this.inside);
    }

    postMessage(message: Request, transfer: Transferable[] = []): void {
      const copy = structuredClone(message, { transfer });
      this.later(() => this.inside.onmessage?.({ data: copy } as MessageEvent<Request>));
    }

    terminate(): void {
      this.ended = true;
    }

    private later(deliver: () => void): void {
      setTimeout(() => !this.ended && deliver(), 0);
    }
  }
  return FakeWorker as unknown as FakeWorkerClass;
}
