import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/reports/reportHtml';

describe('the printed report', () => {
  it('escapes every text so that a hostile name stays text', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const html = renderReportHtml(
      {
        title: 'Sprawozdanie',
        subtitle: hostile,
        generated: 'dziś',
        header: 'Swarzędz',
        page: 'Strona',
        emptyText: 'Brak',
        tables: [
          {
            id: 'x',
            title: hostile,
            header: ['Partner', 'Liczba'],
            rows: [[hostile, 3]],
            links: [[null, { kind: 'event', ids: ['e1'] }]],
          },
        ],
      },
      'pl',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<td class="num">3</td>');
    expect(html).toContain("default-src 'none'");
  });
});
