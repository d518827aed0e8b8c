// Bar charts of the report (chart.js, loaded with this page only); the tables carry the same numbers.
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { formatMoney, useFormat } from '../../i18n/format';
import type { ChartSpec } from './chartSpecs';

function BarChart({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { language } = useFormat();
  useEffect(() => {
    const { currency } = spec;
    if (!canvas.current || spec.bars.length === 0) return;
    let chart: { destroy(): void } | undefined;
    let alive = true;
    void import('chart.js/auto').then(({ default: Chart }) => {
      if (!alive || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: spec.bars.map((b) => b.label),
          datasets: [{ label: spec.label, data: spec.bars.map((b) => b.value), backgroundColor: '#5c7cfa' }],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            ...(currency && {
              tooltip: {
                callbacks: {
                  label: (item: { parsed: { y: number | null } }) =>
                    formatMoney(item.parsed.y ?? 0, currency, language),
                },
              },
            }),
          },
          // Counts: whole numbers on the axis, never 0.2 of an event; amounts: written in the chart's one currency.
          scales: {
            y: {
              beginAtZero: true,
              ticks: {
                precision: 0,
                ...(currency && {
                  callback: (value: string | number) => formatMoney(Number(value), currency, language),
                }),
              },
            },
          },
        },
      });
    });
    return () => {
      alive = false;
      chart?.destroy();
    };
  }, [spec, language]);
  if (spec.bars.length === 0) return null;
  return (
    <Card withBorder>
      <Text size="sm" fw={600} mb="xs">
        {spec.label}
      </Text>
      <div style={{ position: 'relative', height: 220 }}>
        <canvas ref={canvas} role="img" aria-label={spec.label} />
      </div>
    </Card>
  );
}

export function ReportCharts({ specs }: { specs: ChartSpec[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} className="no-print">
      {specs.map((spec) => (
        <BarChart key={spec.label} spec={spec} />
      ))}
    </SimpleGrid>
  );
}
