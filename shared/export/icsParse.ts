// Splits an ICS text into its VEVENTs and the rest (the calendar's own lines, its time zones, any other parts) so
// ical.js parses each event on its own against the file's zones: the whole file is never one component tree.
// Lines are read as ical.js reads them ('strict': broken at LF) or, once a part cannot be parsed so, as any client
// writes them ('loose': a CR alone breaks a line too), and a VEVENT that still cannot be parsed is reported.
import ICAL from 'ical.js';

export type LineMode = 'strict' | 'loose';

/** One VEVENT of the file: where it is written, and whether the file closes it. */
export interface EventBlock {
  /** 1-based position of the VEVENT among the file's VEVENTs. */
  index: number;
  from: number;
  to: number;
  /** False when the file ends (or its calendar closes) inside the VEVENT. */
  closed: boolean;
}

export interface IcsLayout {
  /** Everything but the VEVENTs, as ical.js is to parse it. */
  rest: string;
  events: EventBlock[];
}

/** A VEVENT that cannot be parsed, with its UID and summary as written (to find it in the file). */
export interface UnreadableBlock {
  index: number;
  uid?: string;
  title?: string;
}

interface Line {
  text: string;
  from: number;
  to: number;
}

/**
 * The unfolded lines of `text` between `from` and `to` with where each is written. Folding (RFC 5545): a line break
 * followed by a space or tab; 'loose' (as the text was split before ical.js) does not fold after a CR alone.
 */
function* linesOf(text: string, mode: LineMode, from = 0, to = text.length): Generator<Line> {
  const breaks = mode === 'strict' ? /\r?\n/g : /\r\n|\n|\r/g;
  breaks.lastIndex = from;
  let line: Line | undefined;
  let start = from;
  let foldable = false;
  while (start <= to) {
    const m = breaks.exec(text);
    const end = m && m.index < to ? m.index : to;
    const first = text[start];
    if (line && foldable && (first === ' ' || first === '\t')) {
      line.text += text.slice(start + 1, end);
      line.to = end;
    } else {
      if (line) yield line;
      line = { text: text.slice(start, end), from: start, to: end };
    }
    if (!m || m.index >= to) break;
    foldable = m[0] !== '\r';
    start = m.index + m[0].length;
  }
  if (line) yield line;
}

/**
 * Where the VEVENTs are. A VEVENT runs from its BEGIN to the END that closes it; an END:VCALENDAR inside it (or the
 * file's end) leaves it unclosed. In 'strict' mode the rest is the text as written without the VEVENTs; in 'loose'
 * mode its lines, the blank ones left out and the calendar closed where the file does not close it.
 */
export function layoutIcs(text: string, mode: LineMode): IcsLayout {
  const events: EventBlock[] = [];
  const kept: string[] = [];
  const cut: [number, number][] = [];
  let block: EventBlock | undefined;
  let depth = 0;
  for (const line of linesOf(text, mode)) {
    const upper = line.text.trim().toUpperCase();
    if (block) {
      if (upper.startsWith('BEGIN:')) depth += 1;
      if (upper.startsWith('END:')) depth -= 1;
      if (depth === 0 || (upper === 'END:VCALENDAR' && depth < 0)) {
        block.closed = depth === 0;
        block.to = block.closed ? line.to : line.from;
        events.push(block);
        cut.push([block.from, block.to]);
        block = undefined;
        if (depth !== 0) kept.push(line.text);
      }
      continue;
    }
    if (upper === 'BEGIN:VEVENT') {
      block = { index: events.length + 1, from: line.from, to: text.length, closed: false };
      depth = 1;
      continue;
    }
    if (upper !== '') kept.push(line.text);
  }
  if (block) {
    events.push(block);
    cut.push([block.from, block.to]);
  }
  if (mode === 'strict') {
    let at = 0;
    const parts = cut.map(([from, to]) => {
      const part = text.slice(at, from);
      at = to;
      return part;
    });
    return { rest: parts.join('') + text.slice(at), events };
  }
  if (kept.length > 0 && kept[kept.length - 1]!.trim().toUpperCase() !== 'END:VCALENDAR') kept.push('END:VCALENDAR');
  return { rest: kept.join('\r\n'), events };
}

const parseComponent = (text: string) =>
  new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);

/** The calendar without its VEVENTs; throws when it cannot be parsed. */
export const parseRest = (layout: IcsLayout): ICAL.Component => parseComponent(layout.rest);

/** The VEVENT's lines, unfolded, as written. */
export function blockLines(text: string, block: EventBlock, mode: LineMode): string[] {
  return [...linesOf(text, mode, block.from, block.to)].map((l) => l.text);
}

/**
 * The VEVENT parsed on its own, its times read against the calendar `root` (the file's VTIMEZONEs); undefined when
 * ical.js cannot parse it (or the file leaves it unclosed).
 */
export function parseEvent(
  text: string,
  block: EventBlock,
  mode: LineMode,
  root: ICAL.Component,
): ICAL.Component[] | undefined {
  if (!block.closed) return undefined;
  const body = mode === 'strict' ? text.slice(block.from, block.to) : blockLines(text, block, mode).join('\r\n');
  try {
    const jcal = ICAL.parse(`BEGIN:VCALENDAR\r\n${body}\r\nEND:VCALENDAR`) as [string, unknown[], unknown[]];
    return new ICAL.Component(jcal)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Component(c.jCal as ConstructorParameters<typeof ICAL.Component>[0], root));
  } catch {
    return undefined;
  }
}

function field(lines: string[], name: string): string | undefined {
  const line = lines.find((l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`));
  const value = line?.slice(line.indexOf(':') + 1).trim();
  return value ? value.slice(0, 200) : undefined;
}

/** What names an unreadable VEVENT for the user: its position, UID and summary as written. */
export function unreadableBlock(text: string, block: EventBlock, mode: LineMode): UnreadableBlock {
  const lines = blockLines(text, block, mode);
  return { index: block.index, uid: field(lines, 'UID'), title: field(lines, 'SUMMARY') };
}
