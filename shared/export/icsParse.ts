// Splits an ICS text, as it is decoded, into its VEVENTs and the rest (the calendar's own lines, its time zones, any
// other parts) so ical.js parses each event on its own against the file's zones: neither the whole text nor the whole
// file as one component tree is ever held. Lines are read as ical.js reads them ('strict': broken at LF) or, once a
// part cannot be parsed so, as any client writes them ('loose': a CR alone breaks a line too), and a VEVENT that
// still cannot be parsed is reported.
import ICAL from 'ical.js';
import { unescapeText } from './icsEvent';

export type LineMode = 'strict' | 'loose';

/** One VEVENT of the file: its unfolded lines, and whether the file closes it. */
export interface EventBlock {
  /** 1-based position of the VEVENT among the file's VEVENTs. */
  index: number;
  lines: string[];
  /** False when the file ends (or its calendar closes) inside the VEVENT. */
  closed: boolean;
}

/** A VEVENT that cannot be parsed, with its UID and summary as written (to find it in the file). */
export interface UnreadableBlock {
  index: number;
  uid?: string;
  title?: string;
}

/**
 * The unfolded lines of the text the slices make, as they come. Folding (RFC 5545): a line break followed by a space
 * or tab; 'loose' (as the text was split before ical.js) does not fold after a CR alone. A break cut between two
 * slices (CR | LF) is read as one.
 */
export function* unfoldedLines(slices: Iterable<string>, mode: LineMode): Generator<string> {
  let carry = '';
  // The start of a long physical line, kept in pieces: one string grown slice by slice would be copied whole each time.
  let pending: string[] = [];
  let line: string | undefined;
  let foldable = false;
  const iterator = slices[Symbol.iterator]();
  for (let next = iterator.next(); ;) {
    const last = next.done === true;
    // The text held back has no break but perhaps a final CR: the search starts there, not over the whole line.
    let from = Math.max(0, carry.length - 1);
    if (!last) carry += next.value;
    const breaks = lineBreaks(carry, mode);
    let start = 0;
    for (let found = breaks(from); found; found = breaks(from)) {
      const [at, length] = found;
      // A CR that ends what is decoded so far may be the first half of a CRLF.
      if (!last && length === 1 && carry.charCodeAt(at) === CR && at + 1 === carry.length) break;
      let physical = carry.slice(start, at);
      if (pending.length > 0) {
        physical = pending.join('') + physical;
        pending = [];
      }
      if (line !== undefined && foldable && (physical[0] === ' ' || physical[0] === '\t')) line += physical.slice(1);
      else {
        if (line !== undefined) yield line;
        line = physical;
      }
      foldable = length === 2 || carry.charCodeAt(at) === LF;
      start = from = at + length;
    }
    carry = carry.slice(start);
    if (last) break;
    // The last character stays: a CR there may be the first half of a CRLF.
    if (carry.length > LONG_LINE) {
      pending.push(carry.slice(0, -1));
      carry = carry.slice(-1);
    }
    next = iterator.next();
  }
  if (pending.length > 0) carry = pending.join('') + carry;
  if (line !== undefined && foldable && (carry[0] === ' ' || carry[0] === '\t')) line += carry.slice(1);
  else {
    if (line !== undefined) yield line;
    line = carry;
  }
  yield line;
}

/** Characters of an unbroken line held as one string before they are set aside in pieces. */
const LONG_LINE = 16 * 1024;
const CR = 13;
const LF = 10;

/**
 * The finder of line breaks in `text`, searched from a position that only moves on: the first break at or after it as
 * [position, length], or undefined. 'strict' breaks at LF (with a CR before it), 'loose' at CRLF, LF or CR. No match
 * objects are made (a file has hundreds of thousands of lines), and the text is searched once for each.
 */
function lineBreaks(text: string, mode: LineMode): (from: number) => [number, number] | undefined {
  // The next CR and LF: -1 when there is none, -2 before the first search.
  let cr = -2;
  let lf = -2;
  const find = (code: string, at: number, from: number) => (at === -1 || at >= from ? at : text.indexOf(code, from));
  return (from) => {
    lf = find('\n', lf, from);
    if (mode === 'strict') {
      if (lf === -1) return undefined;
      return lf > from && text.charCodeAt(lf - 1) === CR ? [lf - 1, 2] : [lf, 1];
    }
    cr = find('\r', cr, from);
    if (cr === -1 && lf === -1) return undefined;
    if (cr !== -1 && (lf === -1 || cr < lf)) return cr + 1 === lf ? [cr, 2] : [cr, 1];
    return [lf, 1];
  };
}

/** A line that may open or close a part (the others are not upper-cased: a file has hundreds of thousands). */
const BEGIN_OR_END = /^\s*(?:BEGIN|END):/i;

/**
 * The VEVENTs, each as soon as it ends. A VEVENT runs from its BEGIN to the END that closes it; an END:VCALENDAR
 * inside it (or the file's end) leaves it unclosed. The other lines go to `rest` when given.
 */
export function* eventBlocks(lines: Iterable<string>, rest?: string[]): Generator<EventBlock> {
  let block: EventBlock | undefined;
  let index = 0;
  let depth = 0;
  for (const line of lines) {
    const upper = BEGIN_OR_END.test(line) ? line.trim().toUpperCase() : '';
    if (block) {
      if (upper.startsWith('BEGIN:')) depth += 1;
      if (upper.startsWith('END:')) depth -= 1;
      if (depth === 0 || (upper === 'END:VCALENDAR' && depth < 0)) {
        block.closed = depth === 0;
        if (block.closed) block.lines.push(line);
        else rest?.push(line);
        yield block;
        block = undefined;
      } else block.lines.push(line);
      continue;
    }
    if (upper === 'BEGIN:VEVENT') {
      block = { index: ++index, lines: [line], closed: false };
      depth = 1;
    } else rest?.push(line);
  }
  if (block) yield block;
}

/**
 * The calendar without its VEVENTs, from the `rest` lines; throws when it cannot be parsed. In 'loose' mode the
 * blank lines are left out and the calendar closed where the file does not close it.
 */
export function parseRest(rest: string[], mode: LineMode): ICAL.Component {
  const kept = mode === 'strict' ? rest : rest.filter((l) => l.trim() !== '');
  if (mode === 'loose' && kept.length > 0 && kept[kept.length - 1]!.trim().toUpperCase() !== 'END:VCALENDAR')
    kept.push('END:VCALENDAR');
  return new ICAL.Component(ICAL.parse(kept.join('\r\n')) as ConstructorParameters<typeof ICAL.Component>[0]);
}

/**
 * The VEVENT parsed on its own, its times read against the calendar `root` (the file's VTIMEZONEs); undefined when
 * ical.js cannot parse it (or the file leaves it unclosed).
 */
export function parseEvent(block: EventBlock, root: ICAL.Component): ICAL.Component[] | undefined {
  if (!block.closed) return undefined;
  try {
    const jcal = ICAL.parse(`BEGIN:VCALENDAR\r\n${block.lines.join('\r\n')}\r\nEND:VCALENDAR`) as [
      string,
      unknown[],
      unknown[],
    ];
    return new ICAL.Component(jcal)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Component(c.jCal as ConstructorParameters<typeof ICAL.Component>[0], root));
  } catch {
    return undefined;
  }
}

const NAMED: Record<string, RegExp> = {};

/** The value of the block's first `name` line as written (not unescaped, not trimmed). */
function written(lines: string[], name: 'UID' | 'SUMMARY' | 'RECURRENCE-ID'): string | undefined {
  const named = (NAMED[name] ??= new RegExp(`^${name}[:;]`, 'i'));
  const line = lines.find((l) => named.test(l));
  return line?.slice(line.indexOf(':') + 1);
}

/** What names an unreadable VEVENT for the user: its position, UID and summary as written. */
export function unreadableBlock(block: EventBlock): UnreadableBlock {
  const uid = written(block.lines, 'UID')?.trim().slice(0, 200) || undefined;
  const title = written(block.lines, 'SUMMARY')?.trim().slice(0, 200) || undefined;
  return { index: block.index, uid, title };
}

/**
 * The UID of a VEVENT that changes one occurrence of a series (RECURRENCE-ID), unescaped as ical.js reads a text;
 * undefined for any other.
 */
export function changedUid(block: EventBlock): string | undefined {
  if (written(block.lines, 'RECURRENCE-ID') === undefined) return undefined;
  const uid = written(block.lines, 'UID');
  return uid === undefined ? undefined : unescapeText(uid).trim();
}
