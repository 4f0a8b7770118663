import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';

/** A column heading; `numeric` right-aligns it over figures (`bta-num`). */
export type ColumnHeader = string | { text: string; numeric: boolean };

/**
 * The table's name: a caption shown above it and read by screen readers, or the id of the heading
 * that already names it (a section's own table, whose caption would only repeat the heading).
 */
type Name = { caption: ReactNode; labelledBy?: never } | { labelledBy: string; caption?: never };

type Props = Name & {
  /** The column headings. */
  headers: ColumnHeader[];
  /** `sm` for the dense tables of reports and charts. */
  size?: 'sm';
  /** The rows (`Table.Row`). */
  children: ReactNode;
  /** Rows after the body, e.g. sums (`Table.Row`). */
  foot?: ReactNode;
};

/** A named table (its caption or its heading) with column headings that scrolls sideways on narrow screens. */
export function CaptionedTable({ caption, labelledBy, headers, size, children, foot }: Props) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border data-size={size} aria-labelledby={labelledBy}>
        {caption !== undefined && <caption>{caption}</caption>}
        <Table.Head>
          <Table.Row>
            {headers.map((h) => {
              const { text, numeric } = typeof h === 'string' ? { text: h, numeric: false } : h;
              return (
                <Table.HeaderCell key={text} scope="col" className={numeric ? 'bta-num' : undefined}>
                  {text}
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
