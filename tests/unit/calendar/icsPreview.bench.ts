// Preview of a Google-shaped export (4,778 events ≈ 1.7 MB, and 5,000): `npx vitest bench --run tests/unit/calendar/icsPreview.bench.ts`.
import { bench, describe } from 'vitest';
import { previewIcs } from '../../../shared/export/icsPreview';
import { googleExport } from '../../fixtures/ics/googleExport';

const files = [4778, 5000].map((n) => [n, new TextEncoder().encode(googleExport(n))] as const);

describe('ICS import preview (budget: under 5 s)', () => {
  for (const [n, bytes] of files) {
    bench(
      `${n} events, ${(bytes.length / 1e6).toFixed(2)} MB`,
      () => {
        const result = previewIcs(bytes, { today: '2026-12-06' });
        if (!result.ok || result.preview.events.length !== n) throw new Error('preview failed');
      },
      { iterations: 3, warmupIterations: 0, time: 0 },
    );
  }
});
