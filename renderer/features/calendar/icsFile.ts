// Saves events as an .ics file through the platform (the writer is loaded on demand) and opens ICS files.
import { letterheadLines, type CalendarEvent, type Partner } from '../../../shared/domain';
import { homeTownSetting, readSetting } from '../../db/repositories/settings';
import { notifyError, notifyFileResult } from '../../app/notify';
import { i18n } from '../../i18n';
import { countryName } from '../../i18n/format';
import { platform } from '../../platform';
import { currentTime } from '../../app/today';
import { fileStem } from '../../../shared/text/fold';

const ICS_FILTER = { name: 'iCalendar', extensions: ['ics'] };

export async function saveIcs(
  events: readonly CalendarEvent[],
  fileName: string,
  partners: readonly Partner[],
): Promise<void> {
  const t = i18n.getFixedT(null, 'calendar');
  if (events.length === 0) {
    notifyError(t('ics.empty'));
    return;
  }
  const language = i18n.language === 'en' ? 'en' : 'pl';
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const { writeIcs } = await import('../../../shared/export/ics');
  const home = await readSetting(homeTownSetting);
  const office = [home.name, home.officeName].filter(Boolean).join(' · ');
  const text = writeIcs(events, {
    now: currentTime(),
    calendarName: office ? t('ics.calendarNameOf', { name: office }) : t('ics.calendarName'),
    calendarDescription: letterheadLines(home).join('\n') || undefined,
    organizer: home.email ? { name: office, email: home.email } : undefined,
    categoryOf: (e) => t(`kinds.${e.kind}`),
    notesOf: (e) =>
      e.partnerIds.length
        ? `${t('form.partners')}: ${e.partnerIds.map((id) => names.get(id) ?? id).join(', ')}`
        : undefined,
    countryName: (code) => countryName(code, language),
    partnersOf: (e) => e.partnerIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
  });
  notifyFileResult(await platform.saveFile({ suggestedName: fileName, data: text, filters: [ICS_FILTER] }));
}

/** Asks for an .ics file (its bytes: the charset is found later); undefined when cancelled or unreadable (reported). */
export async function openIcs(): Promise<{ fileName: string; bytes: Uint8Array } | undefined> {
  const result = await platform.openFile({ filters: [ICS_FILTER], maxBytes: 20 * 1024 * 1024 });
  if (!result.ok) {
    notifyError(i18n.t(`file.${result.error.code}`, { ns: 'common' }));
    return undefined;
  }
  if ('canceled' in result.value) return undefined;
  return { fileName: result.value.fileName, bytes: result.value.data };
}

/** An event's .ics file name: its title as a file name stem. */
export function icsName(title: string): string {
  return `${fileStem(title, 'event')}.ics`;
}
