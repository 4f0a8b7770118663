import { Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { belop, tekster } from '../tekster';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import { CaptionedTable, type ColumnSort, type TableName, type TableSort } from '../../../components/CaptionedTable';
import type { ArrearsSort } from '../api/useArrears';

type Arrears = components['schemas']['Arrears'];
type ArrearsRow = components['schemas']['ArrearsRow'];

const t = tekster.restanser;

/** The ledger of an agreement; the resident's name goes along so the page can show it at once. */
export function ledgerPath(agreementId: string) {
  return `/avtaler/${encodeURIComponent(agreementId)}/reskontro`;
}

export interface LedgerLinkState {
  name?: string;
  from?: 'restanser' | 'avtale' | 'konto';
}

/** A row header naming the resident, linking to the agreement's ledger (with the name and where it came from). */
export function LedgerLinkCell({
  agreementId,
  name,
  from,
  personId,
}: {
  agreementId: string;
  name: string;
  from: LedgerLinkState['from'];
  /** The resident, for a link to their case view (shown to those who read persons: not økonomi). */
  personId?: string;
}) {
  return (
    <Table.HeaderCell scope="row">
      <Link asChild>
        <RouterLink to={ledgerPath(agreementId)} state={{ name, from } satisfies LedgerLinkState}>
          {name}
        </RouterLink>
      </Link>
      {personId && (
        <div>
          <PersonCaseLink personId={personId} name={name} />
        </div>
      )}
    </Table.HeaderCell>
  );
}

const columns: {
  key: keyof Pick<ArrearsRow, 'days0to30Ore' | 'days31to60Ore' | 'days61to90Ore' | 'over90Ore' | 'totalOre'>;
  label: string;
  /** The API orders by these two sums (ArrearsSort); the largest first on the first click. */
  sort?: ColumnSort<ArrearsSort>;
}[] = [
  { key: 'days0to30Ore', label: t.d1til30 },
  { key: 'days31to60Ore', label: t.d31til60 },
  { key: 'days61to90Ore', label: t.d61til90 },
  { key: 'over90Ore', label: t.over90, sort: { desc: '-over90' } },
  { key: 'totalOre', label: t.totalt, sort: { asc: 'total', desc: '-total', descFirst: true } },
];

type Props = TableName & {
  arrears: Arrears;
  facilityNames: Map<string, string>;
  /** The order shown and the way to change it; without it no column sorts. */
  sort?: TableSort<ArrearsSort>;
  /** Said instead of the table when the page has no rows. */
  empty?: string;
};

/**
 * One page of arrears per agreement by age, as a dense table with a totals row over every agreement in arrears (not
 * only the page); each resident links to the ledger.
 */
export function ArrearsTable({ arrears, facilityNames, sort, empty = t.tom, ...name }: Props) {
  if (arrears.items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      <Paragraph>
        {t.antall(arrears.totalItems, belop(arrears.totalOre))} {t.terskel(belop(arrears.thresholdOre))}
      </Paragraph>
      <CaptionedTable
        {...name}
        size="sm"
        sort={sort}
        headers={[
          { text: t.beboer, sort: { asc: 'name', desc: '-name' } },
          { text: t.boenhet, sort: { asc: 'unit', desc: '-unit' } },
          ...columns.map((c) => ({ text: c.label, numeric: true, sort: c.sort })),
          t.merknader,
        ]}
        foot={
          <>
            <Table.Row>
              <Table.HeaderCell scope="row" colSpan={2}>
                {t.sum(arrears.totalItems)}
              </Table.HeaderCell>
              {columns.map((c) => (
                <Table.Cell key={c.key} className="bta-num">
                  {belop(arrears[c.key])}
                </Table.Cell>
              ))}
              <Table.Cell />
            </Table.Row>
          </>
        }
      >
        {arrears.items.map((row) => (
          <Table.Row key={row.agreementId}>
            <LedgerLinkCell agreementId={row.agreementId} name={row.personName} from="restanser" personId={row.personId} />
            <Table.Cell>
              {facilityNames.get(row.facilityId) ?? row.facilityId}, {row.unitLabel}
            </Table.Cell>
            {columns.map((c) => (
              <Table.Cell key={c.key} className="bta-num">
                {belop(row[c.key])}
              </Table.Cell>
            ))}
            <Table.Cell>
              <div className="bta-tags">
                {row.flagged && <Tag data-color="danger">{t.overTerskel}</Tag>}
                {row.hasRepaymentPlan && <Tag data-color="info">{t.harPlan}</Tag>}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </CaptionedTable>
    </>
  );
}
