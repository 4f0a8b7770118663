import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaptionedTable, nextSort } from './CaptionedTable';

describe('nextSort', () => {
  it('turns a sorted column the other way, and starts an unsorted one in its first direction', () => {
    const name = { asc: 'name', desc: '-name' };
    expect(nextSort(name, 'end')).toBe('name');
    expect(nextSort(name, 'name')).toBe('-name');
    expect(nextSort(name, '-name')).toBe('name');
    expect(nextSort({ asc: 'total', desc: '-total', descFirst: true }, 'name')).toBe('-total');
  });

  it('keeps a column the API orders one way only in that way', () => {
    expect(nextSort({ asc: 'status' }, 'name')).toBe('status');
    expect(nextSort({ asc: 'status' }, 'status')).toBe('status');
    expect(nextSort({ desc: '-over90' }, '-total')).toBe('-over90');
    expect(nextSort({ desc: '-over90' }, '-over90')).toBe('-over90');
  });
});

describe('CaptionedTable', () => {
  it('gives a sortable column a button and aria-sort, and leaves the others plain', async () => {
    const asked: string[] = [];
    render(
      <>
        <h2 id="liste">Liste</h2>
        <CaptionedTable
          labelledBy="liste"
          size="sm"
          headers={[{ text: 'Navn', sort: { asc: 'name', desc: '-name' } }, 'Merknad', { text: 'Sum', numeric: true }]}
          sort={{ value: 'name', onChange: (next) => asked.push(next) }}
        >
          {null}
        </CaptionedTable>
      </>,
    );
    const table = screen.getByRole('table', { name: 'Liste' });
    expect(table).toHaveAttribute('data-size', 'sm');
    expect(table.querySelector('caption')).toBeNull();
    const [navn, merknad, sum] = within(table).getAllByRole('columnheader');
    expect(navn).toHaveAttribute('aria-sort', 'ascending');
    expect(merknad).not.toHaveAttribute('aria-sort');
    expect(within(merknad!).queryByRole('button')).toBeNull();
    expect(sum).toHaveClass('bta-num');
    await userEvent.tab();
    expect(within(navn!).getByRole('button', { name: 'Navn' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(asked).toEqual(['-name']);
  });
});
