// The one mapper from schema issues to field messages: keys for nested paths and array items, a generic message otherwise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memberDraftSchema, participantDraftSchema, visitDraftSchema } from '../../../shared/domain';
import { fieldMessages, messageKeys, draftMessages } from '../../../shared/forms/fieldMessages';
import { i18n, initI18n, loadLanguage } from '../../../renderer/i18n';

beforeAll(async () => {
  await initI18n('pl');
  await loadLanguage('en');
});

const inBoth = (key: string) => [i18n.getFixedT('pl')(key), i18n.getFixedT('en')(key)];

describe('field messages from schema issues', () => {
  it('names a nested field by its path and says it in either language', () => {
    const messages = draftMessages(participantDraftSchema, {
      eventId: 'camp',
      occurrence: '2027-07-10',
      firstName: 'Ola',
      lastName: 'Nowak',
      birthYear: 2013,
      role: 'participant',
      sendingTown: 'home',
      status: 'registered',
      consents: { parental: { givenOn: '2027-05-01', givenBy: ' ' } },
    });
    expect(messages).toEqual({ 'consents.parental.givenBy': messageKeys.required });
    expect(inBoth(messages['consents.parental.givenBy']!)).toEqual(['To pole jest wymagane', 'This field is required']);
  });

  it('names an array item, and a form may map it to its own field', () => {
    const visit = {
      direction: 'incoming',
      partnerIds: ['r'],
      title: 'Wizyta',
      start: '2027-05-01',
      end: '2027-05-02',
      status: 'planned',
      members: [{ id: 'm1', name: 'Anna', precedence: 1, travelDocumentExpiry: '2027-02-30' }],
    };
    expect(draftMessages(visitDraftSchema, visit)).toEqual({
      'members.0.travelDocumentExpiry': messageKeys['date.invalid'],
    });
    expect(draftMessages(visitDraftSchema, visit, (path) => path.replace(/^members\.\d+\./, ''))).toEqual({
      travelDocumentExpiry: messageKeys['date.invalid'],
    });
    expect(inBoth(messageKeys['date.invalid'])).toEqual(['Taka data nie istnieje', 'This date does not exist']);
  });

  it('gives an issue it does not know the generic message in the user language, never zod text or a path', () => {
    const schema = z.object({ rooms: z.number().int().min(2) });
    const messages = draftMessages(schema, { rooms: 1.5 });
    expect(messages).toEqual({ rooms: messageKeys.invalid });
    expect(inBoth(messages.rooms!)).toEqual(['Nieprawidłowa wartość', 'Invalid value']);
    expect(fieldMessages([{ path: ['a', 0, 'b'], message: 'Too small: expected number to be >=2' }])).toEqual({
      'a.0.b': messageKeys.invalid,
    });
    expect(fieldMessages([{ path: 'name', message: 'x', code: 'too_big' }])).toEqual({ name: messageKeys.tooLong });
  });

  it('keeps the first message of a field and lets a form leave out paths it has no field for', () => {
    const issues = [
      { path: ['title'], message: 'required' },
      { path: ['title'], message: 'tooLong' },
      { path: ['series'], message: 'invalid' },
    ];
    expect(fieldMessages(issues, (p) => (p === 'title' ? p : undefined))).toEqual({ title: messageKeys.required });
  });

  it('has every message key in Polish and in English', () => {
    for (const key of Object.values(messageKeys)) {
      for (const language of ['pl', 'en'] as const) {
        expect(i18n.exists(key, { lng: language }), `${language} ${key}`).toBe(true);
      }
    }
  });

  it('checks a draft without an id or stamps: the draft schema is the entity minus those', () => {
    expect(draftMessages(memberDraftSchema, { name: 'Anna', precedence: 1 })).toEqual({});
  });
});

/** Every source file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('forms check drafts, not records with made-up ids', () => {
  it('no form or import module fills in a placeholder id or empty stamps to get a full schema to pass', () => {
    const files = [...sources('renderer/features'), ...sources('renderer/app'), ...sources('shared')];
    const placeholder = [
      /\bid:\s*(\w+\??\.id\s*\?\?\s*)?'(new|draft|x|check|import|tmp|temp|placeholder)?'/,
      /createdAt:\s*''/,
      /updatedAt:\s*''/,
    ];
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => placeholder.some((p) => p.test(line))),
    );
    expect(found).toEqual([]);
  });

  it('no form builds a schema of its own for the values it edits: each checks its entity’s draft schema', () => {
    const forms = [...sources('renderer'), ...sources('shared')].filter((file) => /[fF]orm(?!at)/.test(basename(file)));
    expect(forms.length).toBeGreaterThan(10);
    // The partner and contact forms' modules are among them (they once held their own typed-value schemas).
    expect(forms).toEqual(expect.arrayContaining([join('shared', 'partners', 'partnerForm.ts')]));
    const ownSchema = /\bz\s*\.\s*(object|string|number|array|enum|union|coerce)\s*\(/;
    const found = forms.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => ownSchema.test(line)),
    );
    expect(found).toEqual([]);
  });
});
