// A table cell for the main lists: never narrower than a short word, long text ends in "…" and shows whole on hover.
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The whole text: the hover title, and the content when no `children` are given. */
  text: string;
  /** What the cell shows (a link, say), cut to one line; its full text stays in the page for screen readers. */
  children?: ReactNode;
  /** Narrowest and widest the column may get, in pixels. */
  minWidth?: number;
  maxWidth?: number;
}

export function TextCell({ text, children, minWidth = 96, maxWidth = 320 }: Props) {
  return (
    <Table.Td miw={minWidth} maw={maxWidth} title={text}>
      {/* A cell's own max-width does not hold in an auto-sized table; the line inside it does. */}
      <Text span size="sm" truncate="end" display="block" maw={maxWidth}>
        {children ?? text}
      </Text>
    </Table.Td>
  );
}
