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
  const breaks = mode === 'strict' ? /\r?\n/g : /\r\n|\n|\r/g;
  let carry = '';
  let line: string | undefined;
  let foldable = false;
  const iterator = slices[Symbol.iterator]();
  for (let next = iterator.next(); ;) {
    const last = next.done === true;
    // The text held back has no break but perhaps a final CR: the search starts there, not over the whole line.
    breaks.lastIndex = Math.max(0, carry.length - 1);
    if (!last) carry += next.value;
    let start = 0;
    for (let m = breaks.exec(carry); m; m = breaks.exec(carry)) {
      // A CR that ends what is decoded so far may be the first half of a CRLF.
      if (!last && m[0] === '\r' && m.index + 1 === carry.length) break;
      const physical = carry.slice(start, m.index);
      if (line !== undefined && foldable && (physical[0] === ' ' || physical[0] === '\t')) line += physical.slice(1);
      else {
        if (line !== undefined) yield line;
        line = physical;
      }
      foldable = m[0] !== '\r';
      start = m.index + m[0].length;
    }
    carry = carry.slice(start);
    if (last) break;
    next = iterator.next();
  }
  if (line !== undefined && foldable && (carry[0] === ' ' || carry[0] === '\t')) line += carry.slice(1);
  else {
    if (line !== undefined) yield line;
    line = carry;
  }
  yield line;
}

/**
 * The VEVENTs, each as soon as it ends. A VEVENT runs from its BEGIN to the END that closes it; an END:VCALENDAR
 * inside it (or the file's end) leaves it unclosed. The other lines go to `rest` when given.
 */
export function* eventBlocks(lines: Iterable<string>, rest?: string[]): Generator<EventBlock> {
  let block: EventBlock | undefined;
  let index = 0;
  let depth = 0;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
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

/** The value of the block's first `name` line as written (not unescaped, not trimmed). */
function written(lines: string[], name: string): string | undefined {
  const line = lines.find((l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`));
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
