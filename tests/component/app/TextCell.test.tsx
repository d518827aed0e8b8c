// The lists' shared cell: long text cut to one line with "…", whole on hover and for screen readers.
import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextCell } from '../../../renderer/app/TextCell';
import { renderInApp } from '../../helpers/render';

const LONG = 'Ronnenberg, Duclair, Järfälla, Kommunikationsavdelningen Stadtverwaltung';

describe('the lists’ text cell', () => {
  it('keeps the whole text in the page and on hover while showing one truncated line no narrower than its minimum', async () => {
    renderInApp(
      <Table aria-label="Wizyty">
        <Table.Tbody>
          <Table.Tr>
            <TextCell text={LONG} minWidth={120} />
          </Table.Tr>
        </Table.Tbody>
      </Table>,
    );
    const cell = await screen.findByRole('cell');
    expect(cell.getAttribute('title')).toBe(LONG);
    expect(cell.textContent).toBe(LONG);
    expect(cell.style.minWidth).toBe('calc(7.5rem * var(--mantine-scale))');
    // One line ending in "…" rather than words broken across lines.
    expect(within(cell).getByText(LONG).getAttribute('data-truncate')).toBe('end');
  });

  it('shows a link cut the same way, the link named by its whole text', async () => {
    renderInApp(
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <TextCell text={LONG}>
              <a href="#/visits/1">{LONG}</a>
            </TextCell>
          </Table.Tr>
        </Table.Tbody>
      </Table>,
    );
    expect(await screen.findByRole('link', { name: LONG })).toBeTruthy();
    expect(screen.getByRole('cell').getAttribute('title')).toBe(LONG);
  });
});
