// Parses an ICS text with ical.js into its VCALENDAR; a VEVENT the parser cannot read is cut out and
// reported (with its UID and summary as written) so the rest of the file still imports.
import ICAL from 'ical.js';

export interface UnreadableBlock {
  /** 1-based position of the VEVENT among the file's VEVENTs. */
  index: number;
  uid?: string;
  title?: string;
}

const toComponent = (text: string) =>
  new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);

/** Unfolded lines of the text (RFC 5545 folding: CRLF or LF followed by a space or tab). */
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '').split(/\r\n|\n|\r/);

function field(lines: string[], name: string): string | undefined {
  const line = lines.find((l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`));
  const value = line?.slice(line.indexOf(':') + 1).trim();
  return value ? value.slice(0, 200) : undefined;
}

/**
 * The file's VCALENDAR and the VEVENTs cut out because they could not be parsed; throws when even the
 * rest cannot be read (no calendar at all).
 */
export function parseCalendar(text: string): {
  root: ICAL.Component;
  unreadable: UnreadableBlock[];
  truncated: boolean;
} {
  const clean = text.replace(/^\uFEFF/, '');
  // A file cut short (a partial download or copy) loses its closing line; what is lost after it is unknown.
  const truncated = !/END:VCALENDAR\s*$/i.test(clean.slice(-200));
  try {
    return { root: toComponent(clean), unreadable: [], truncated };
  } catch {
    // Read block by block below.
  }
  const kept: string[] = [];
  const unreadable: UnreadableBlock[] = [];
  let block: string[] | undefined;
  let depth = 0;
  let index = 0;
  for (const line of unfold(clean)) {
    const upper = line.trim().toUpperCase();
    if (block) {
      block.push(line);
      if (upper.startsWith('BEGIN:')) depth += 1;
      if (upper.startsWith('END:')) depth -= 1;
      if (depth === 0 || (upper === 'END:VCALENDAR' && depth < 0)) {
        const closed = depth === 0;
        if (!closed) block.pop();
        try {
          if (!closed) throw new Error('unclosed');
          toComponent(['BEGIN:VCALENDAR', ...block, 'END:VCALENDAR'].join('\r\n'));
          kept.push(...block);
        } catch {
          unreadable.push({ index, uid: field(block, 'UID'), title: field(block, 'SUMMARY') });
        }
        block = undefined;
        if (!closed) kept.push(line);
      }
      continue;
    }
    if (upper === 'BEGIN:VEVENT') {
      index += 1;
      block = [line];
      depth = 1;
      continue;
    }
    if (upper !== '') kept.push(line);
  }
  if (block) unreadable.push({ index, uid: field(block, 'UID'), title: field(block, 'SUMMARY') });
  if (kept.length > 0 && kept[kept.length - 1]!.trim().toUpperCase() !== 'END:VCALENDAR') kept.push('END:VCALENDAR');
  return { root: toComponent(kept.join('\r\n')), unreadable, truncated };
}
