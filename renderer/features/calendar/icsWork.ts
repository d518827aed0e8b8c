// The ICS import as background work over the file's bytes. The preview: progress messages and each event's row as it
// is read (in batches, none kept here), then the end or the refusal. Save: the same read, keeping only the events
// chosen, posted whole in batches.
import { streamIcsPreview, type IcsPreviewPart } from '../../../shared/export/icsPreview';
import type { ImportedEvent } from '../../../shared/export/icsRead';
import type { FileWork } from '../../app/fileSession';
import type { IcsRun, WorkerReply } from './icsBackground';
import { postedRow } from './icsRows';

/** Events per message for Save. */
const PICKED_PER_MESSAGE = 250;

export const icsFileWork: FileWork<IcsRun, WorkerReply> = (request, post) => {
  const { bytes, today } = request;
  if (request.kind === 'picked') return postPicked(bytes, today, request.picks, post);
  streamIcsPreview(bytes, (part) => post(rowPart(part)), {
    today,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
};

function rowPart(part: IcsPreviewPart): WorkerReply {
  if (part.type === 'events') return { type: 'rows', rows: part.events.map(postedRow) };
  if (part.type === 'end') return { ...part, replaced: part.replaced.map(([at, e]) => [at, postedRow(e)]) };
  return part;
}

/** Reads the file as the preview did and posts the events at `picks`, in their order. */
function postPicked(bytes: Uint8Array, today: string, picks: number[], post: (reply: WorkerReply) => void): void {
  const wanted = new Set(picks);
  let kept = new Map<number, ImportedEvent>();
  let count = 0;
  let ended = false;
  streamIcsPreview(
    bytes,
    (part) => {
      if (part.type === 'events')
        for (const e of part.events) {
          if (wanted.has(count)) kept.set(count, e);
          count += 1;
        }
      else if (part.type === 'restart') {
        kept = new Map();
        count = 0;
      } else if (part.type === 'end') {
        for (const [at, e] of part.replaced) if (wanted.has(at)) kept.set(at, e);
        ended = true;
      }
    },
    { today },
  );
  if (!ended || picks.some((at) => !kept.has(at))) return post({ type: 'pickedEnd', ok: false });
  for (let i = 0; i < picks.length; i += PICKED_PER_MESSAGE)
    post({ type: 'picked', events: picks.slice(i, i + PICKED_PER_MESSAGE).map((at) => kept.get(at)!) });
  post({ type: 'pickedEnd', ok: true });
}
