// The one error path: what failed is named in the user's language, a DOCX failure is not a database error,
// and a promise rejection nobody caught is shown as a notification.
import { screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { failureMessage, installRejectionHandler } from '../../../renderer/app/failure';
import { ValidationError } from '../../../renderer/db/errors';
import { ReadOnlyError } from '../../../renderer/db/open';
import { changeLanguage } from '../../../renderer/i18n';
import { renderInApp } from '../../helpers/render';

afterEach(() => changeLanguage('pl'));

describe('failure messages', () => {
  it('names the file that could not be made and gives the error, not a database reason', () => {
    const message = failureMessage('export', new Error('docx: image too large'), 'DOCX');
    expect(message).toBe('Nie udało się przygotować pliku DOCX. Szczegóły: docx: image too large');
    expect(message).not.toMatch(/baz/i);
  });

  it('gives the database its own reason: disk full, a refused record, a read-only database', async () => {
    const quota = new Dexie.DexieError('QuotaExceededError', 'full');
    expect(failureMessage('save', quota)).toMatch(/^Nie udało się zapisać zmian w bazie danych\. Na dysku zabrakło/);
    expect(failureMessage('save', new ValidationError([{ path: 'name', message: 'required' }]))).toBe(
      'Nie udało się zapisać zmian w bazie danych. Dane nie przeszły sprawdzenia i nie zostały zapisane.',
    );
    expect(failureMessage('delete', new ReadOnlyError())).toMatch(
      /^Nie udało się usunąć z bazy danych\. Tylko do odczytu/,
    );
    await changeLanguage('en');
    expect(failureMessage('print', new Error('printer gone'))).toBe(
      'The document could not be printed to PDF. Details: printer gone',
    );
  });
});

describe('an unhandled rejection', () => {
  it('is shown as a notification in the user’s language', async () => {
    renderInApp(<p>app</p>);
    const uninstall = installRejectionHandler(window);
    try {
      const event = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.defineProperty(event, 'reason', { value: new Error('the disk went away') });
      window.dispatchEvent(event);
      const text = 'Czynność nie została dokończona z powodu nieoczekiwanego błędu. Szczegóły: the disk went away';
      expect((await screen.findByText(text)).textContent).toBe(text);
    } finally {
      uninstall();
    }
  });
});
