// E-mail addresses in a member's contact line are found exactly, and the rest of the text is kept as typed.
import { describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../../electron/security';
import { mailtoHref, splitEmails } from '../../../shared/contact/emailLinks';

describe('e-mail addresses in free text', () => {
  it('links a contact that is just an address', () => {
    expect(splitEmails('marlene.brandt@ronnenberg.de')).toEqual([
      { text: 'marlene.brandt@ronnenberg.de', email: true },
    ]);
  });

  it('finds the address beside a phone number and keeps every other character', () => {
    const text = 'tel. +49 5109 123, marlene.brandt@ronnenberg.de (biuro).';
    const parts = splitEmails(text);
    expect(parts).toEqual([
      { text: 'tel. +49 5109 123, ', email: false },
      { text: 'marlene.brandt@ronnenberg.de', email: true },
      { text: ' (biuro).', email: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('finds two addresses', () => {
    expect(
      splitEmails('a@x.pl; b@y.de')
        .filter((p) => p.email)
        .map((p) => p.text),
    ).toEqual(['a@x.pl', 'b@y.de']);
  });

  it.each(['+48 61 651 00 00', 'pokój 12', 'jan@localhost', '@gmina.pl', ''])('links nothing in %j', (text) => {
    expect(splitEmails(text).some((p) => p.email)).toBe(false);
  });

  it('makes links that main accepts as mail links', () => {
    for (const part of splitEmails('tel. 123, j.kowalski+delegacje@urzad.gov.pl, marlene@ronnenberg.de')) {
      if (part.email) expect(mailtoUrl(mailtoHref(part.text))).toBe(mailtoHref(part.text));
    }
  });
});
