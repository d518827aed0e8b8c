// The copy of a person's data given to them on an access request (art. 15 GDPR), in Polish or English:
// every record with their own health notes (no third-party sharing consent applies to the person
// themselves), the purposes, the categories of recipients, the retention date and the source.
import type { Participant } from '../domain';
import type { Language } from '../ipc';
import { escapeHtml } from '../export/dossierHtml';
import { retentionDueDate } from './retention';
import { accessCopyWords, type AccessCopyText } from './accessCopyText';

/** One camp record as the caller found it (the person page's record with its camp, room and town resolved). */
export interface AccessRecordInput {
  participant: Participant;
  camp?: { title: string; start: string; end: string };
  room?: string;
  sendingTown: string;
}

export interface AccessCopyInput {
  records: readonly AccessRecordInput[];
  /** Years after a camp ends before its participants are anonymised (the office's setting). */
  retentionYears: number;
  /** The office's letterhead lines: the controller. */
  controller: readonly string[];
  today: string;
}

type Row = [label: string, value: string];

export interface AccessCopy {
  language: Language;
  title: string;
  madeOn: string;
  controller: string[];
  person: string;
  /** The last day any record is kept with personal data, the day before the latest due date. */
  retainedUntil: string | null;
  records: { heading: string; rows: Row[] }[];
  purposes: string[];
  recipients: string[];
  source: string[];
  rights: string;
}

const consentText = (c: Participant['consents']['medical'], t: AccessCopyText): string =>
  !c ? t.none : t.consent(c.givenOn, c.givenBy, c.withdrawnOn);

const dayBefore = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

function recordRows({ participant: p, room, sendingTown }: AccessRecordInput, dueOn: string, t: AccessCopyText): Row[] {
  const f = t.fields;
  const born = p.birthDate ?? (p.birthYear === undefined ? undefined : String(p.birthYear));
  const rows: (Row | false)[] = [
    [f.firstName, p.firstName],
    [f.lastName, p.lastName],
    born !== undefined ? [f.birthDate, born] : !!p.ageBand && [f.ageBand, t.ageBands[p.ageBand]],
    [f.role, t.roles[p.role]],
    [f.status, t.statuses[p.status]],
    [f.sendingTown, sendingTown],
    !!p.guardianName && [f.guardianName, p.guardianName],
    !!p.guardianPhone && [f.guardianPhone, p.guardianPhone],
    !!p.travelDocumentExpiry && [f.travelDocumentExpiry, p.travelDocumentExpiry],
    [f.room, room ?? t.none],
    [f.dietaryNotes, p.dietaryNotes?.trim() || t.none],
    [f.medicalNotes, p.medicalNotes?.trim() || t.none],
    ...(['parental', 'image', 'medical'] as const).map((k): Row => [t.consents[k], consentText(p.consents[k], t)]),
    !!p.anonymisedAt && [f.anonymisedAt, p.anonymisedAt.slice(0, 10)],
    [f.stored, `${p.createdAt.slice(0, 10)} / ${p.updatedAt.slice(0, 10)}`],
    [f.retainedUntil, p.anonymisedAt ? t.alreadyAnonymised : dayBefore(dueOn)],
  ];
  return rows.filter((r): r is Row => r !== false);
}

/** The access copy's content in `language`: the same facts for the JSON file and the printable PDF. */
export function buildAccessCopy(input: AccessCopyInput, language: Language): AccessCopy {
  const t = accessCopyWords(language);
  const first = input.records[0]?.participant;
  const dues = input.records.map((r) =>
    retentionDueDate(r.camp?.end ?? r.participant.occurrence, input.retentionYears),
  );
  const open = input.records.flatMap((r, i) => (r.participant.anonymisedAt ? [] : [dues[i]!]));
  const latest = open.sort().at(-1);
  const guardians = [
    ...new Set(input.records.flatMap((r) => (r.participant.guardianName ? [r.participant.guardianName] : []))),
  ];
  return {
    language,
    title: t.title,
    madeOn: input.today,
    controller: input.controller.length ? [...input.controller] : [t.controllerUnknown],
    person: first ? `${first.firstName} ${first.lastName}` : '',
    retainedUntil: latest ? dayBefore(latest) : null,
    records: input.records.map((r, i) => ({
      heading: r.camp ? `${r.camp.title} (${r.camp.start} – ${r.camp.end})` : r.participant.occurrence,
      rows: recordRows(r, dues[i]!, t),
    })),
    purposes: [...t.purposes],
    recipients: [...t.recipients],
    source: [t.source(guardians), t.sourceOffice],
    rights: t.rights(input.retentionYears),
  };
}

/** The JSON file: the copy's content with the labels in its language. */
export function accessCopyJson(copy: AccessCopy): string {
  const t = accessCopyWords(copy.language);
  return JSON.stringify(
    {
      [t.json.document]: copy.title,
      [t.json.madeOn]: copy.madeOn,
      [t.json.controller]: copy.controller,
      [t.json.person]: copy.person,
      [t.json.retainedUntil]: copy.retainedUntil ?? t.alreadyAnonymised,
      [t.json.records]: copy.records.map((r) => ({ [t.json.camp]: r.heading, ...Object.fromEntries(r.rows) })),
      [t.json.purposes]: copy.purposes,
      [t.json.recipients]: copy.recipients,
      [t.json.source]: copy.source,
      [t.json.rights]: copy.rights,
    },
    null,
    2,
  );
}

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

/** A printable HTML page of the copy (printed to PDF by the platform); every value is escaped. */
export function accessCopyHtml(copy: AccessCopy): string {
  const t = accessCopyWords(copy.language);
  const records = copy.records
    .map(
      (r) =>
        `<h3>${escapeHtml(r.heading)}</h3><table>${r.rows
          .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
          .join('')}</table>`,
    )
    .join('');
  return `<!doctype html><html lang="${copy.language === 'pl' ? 'pl-PL' : 'en-GB'}"><head><meta charset="utf-8">
<title>${escapeHtml(`${copy.title} – ${copy.person}`)}</title>
<style>body{font:11pt/1.4 sans-serif;margin:0 1cm}th{text-align:left;width:38%;vertical-align:top;padding:2px 8px 2px 0}
td{vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%}
tr{border-bottom:1px solid #ddd}h1{font-size:16pt}h2{font-size:13pt;margin-top:1.2em}h3{font-size:11pt}</style></head><body>
<p>${copy.controller.map(escapeHtml).join('<br>')}</p>
<h1>${escapeHtml(copy.title)}</h1>
<p>${escapeHtml(t.json.person)}: <strong>${escapeHtml(copy.person)}</strong><br>${escapeHtml(t.json.madeOn)}: ${escapeHtml(copy.madeOn)}<br>
${escapeHtml(t.json.retainedUntil)}: ${escapeHtml(copy.retainedUntil ?? t.alreadyAnonymised)}</p>
<h2>${escapeHtml(t.json.records)}</h2>${records}
<h2>${escapeHtml(t.json.purposes)}</h2>${list(copy.purposes)}
<h2>${escapeHtml(t.json.recipients)}</h2>${list(copy.recipients)}
<h2>${escapeHtml(t.json.source)}</h2>${list(copy.source)}
<h2>${escapeHtml(t.json.rights)}</h2><p>${escapeHtml(copy.rights)}</p>
</body></html>`;
}
