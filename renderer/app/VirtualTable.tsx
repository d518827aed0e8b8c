// A table that draws only the rows in view (tens of thousands of import lines stay smooth), keeping table
// semantics: the rows in view are real rows with their cells, and aria-rowcount tells the whole length.
import { Box, Table, type TableTrProps } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

const ROW_HEIGHT = 26;

interface Props {
  label: string;
  headers: readonly string[];
  count: number;
  /** The cells of row `index`. */
  cells: (index: number) => ReactNode;
  /** A stable key for row `index` (its line in the file). */
  rowKey: (index: number) => number | string;
  rowProps?: (index: number) => TableTrProps;
  height?: number;
  /** The height a row is first taken to have (rows are measured once drawn). */
  rowHeight?: number;
}

export function VirtualTable({
  label,
  headers,
  count,
  cells,
  rowKey,
  rowProps,
  height = 360,
  rowHeight = ROW_HEIGHT,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: rowKey,
    overscan: 10,
    initialRect: { width: 800, height },
    // Without layout (a test page) the box measures 0: keep its fixed height.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb({ width: rect.width, height: rect.height || height })),
  });
  const items = rows.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = rows.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <Box ref={scroller} style={{ maxHeight: height, overflowY: 'auto' }}>
      <Table fz="xs" verticalSpacing={2} aria-label={label} aria-rowcount={count + 1} striped stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((v) => (
            <Table.Tr
              key={v.key}
              data-index={v.index}
              ref={rows.measureElement}
              aria-rowindex={v.index + 2}
              {...rowProps?.(v.index)}
            >
              {cells(v.index)}
            </Table.Tr>
          ))}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
