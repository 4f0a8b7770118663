import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';

interface Props {
  /** The table's name, shown above it and read by screen readers. */
  caption: ReactNode;
  /** The column headings. */
  headers: string[];
  /** The rows (`Table.Row`). */
  children: ReactNode;
}

/** A captioned table with column headings that scrolls sideways on narrow screens. */
export function CaptionedTable({ caption, headers, children }: Props) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((h) => (
              <Table.HeaderCell key={h} scope="col">
                {h}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}
