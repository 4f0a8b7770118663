import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';

/**
 * The sort keys a column orders by: `asc` for ascending, `desc` for descending (either may be missing when the API
 * orders that column one way only), and `descFirst` when the first click should give the descending order (sums).
 */
export interface ColumnSort<S extends string> {
  asc?: S;
  desc?: S;
  descFirst?: boolean;
}

/** A column heading; `numeric` right-aligns it over figures (`bta-num`); `sort` makes it a sort button. */
export type ColumnHeader<S extends string = string> = string | { text: string; numeric?: boolean; sort?: ColumnSort<S> };

/** The table's current sort key and what to do when a column heading asks for another. */
export interface TableSort<S extends string> {
  value: S;
  onChange: (next: S) => void;
}

/**
 * The table's name: a caption shown above it and read by screen readers, or the id of the heading
 * that already names it (a section's own table, whose caption would only repeat the heading).
 */
export type TableName = { caption: ReactNode; labelledBy?: never } | { labelledBy: string; caption?: never };

type Props<S extends string> = TableName & {
  /** The column headings. */
  headers: ColumnHeader<S>[];
  /** Sorting by the columns that have `sort`: the current key and its setter. */
  sort?: TableSort<S>;
  /** `sm` for dense tables: reports, charts and the lists people work through. */
  size?: 'sm';
  /** The rows (`Table.Row`). */
  children: ReactNode;
  /** Rows after the body, e.g. sums (`Table.Row`). */
  foot?: ReactNode;
};

type AriaSort = 'ascending' | 'descending' | 'none';

function ariaSort<S extends string>(column: ColumnSort<S>, value: S): AriaSort {
  if (value === column.asc) return 'ascending';
  if (value === column.desc) return 'descending';
  return 'none';
}

/** The key a click on a column gives: the other direction when the column sorts now, else its first direction. */
export function nextSort<S extends string>(column: ColumnSort<S>, value: S): S {
  const state = ariaSort(column, value);
  const first = column.descFirst ? (column.desc ?? column.asc) : (column.asc ?? column.desc);
  if (state === 'ascending') return column.desc ?? value;
  if (state === 'descending') return column.asc ?? value;
  return first ?? value;
}

/**
 * A named table (its caption or its heading) with column headings that scrolls sideways on narrow screens. A column
 * with `sort` gets a button in its heading (Designsystemet's sort style, with a visible focus ring) and `aria-sort`
 * telling which way the table is ordered by it.
 */
export function CaptionedTable<S extends string = string>({ caption, labelledBy, headers, sort, size, children, foot }: Props<S>) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border data-size={size} aria-labelledby={labelledBy}>
        {caption !== undefined && <caption>{caption}</caption>}
        <Table.Head>
          <Table.Row>
            {headers.map((h) => {
              const { text, numeric = false, sort: column } = typeof h === 'string' ? { text: h } : h;
              const className = numeric ? 'bta-num' : undefined;
              if (!sort || !column) {
                return (
                  <Table.HeaderCell key={text} scope="col" className={className}>
                    {text}
                  </Table.HeaderCell>
                );
              }
              return (
                <Table.HeaderCell key={text} scope="col" className={className} aria-sort={ariaSort(column, sort.value)}>
                  <button type="button" onClick={() => sort.onChange(nextSort(column, sort.value))}>
                    {text}
                  </button>
                </Table.HeaderCell>
              );
            })}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
        {foot !== undefined && <Table.Foot>{foot}</Table.Foot>}
      </Table>
    </div>
  );
}
