import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable, type ColumnHeader, type TableName, type TableSort } from '../../../components/CaptionedTable';
import type { AgreementSort } from '../../../shared/agreement/api/useAgreements';
import { formatDate } from '../../../components/format';
import { tekster } from '../tekster';
import { AgreementStatusTag, FlagTags } from './AgreementTags';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { endedAgreementText } from '../../../shared/person/access';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';

type AgreementSummary = components['schemas']['AgreementSummary'];

type Props = TableName & {
  agreements: AgreementSummary[];
  /** The order shown and the way to change it (AgreementSort); without it no column sorts. */
  sort?: TableSort<AgreementSort>;
  /** Facility id → name. */
  facilityNames: Map<string, string>;
};

export const formatPeriod = (from: string, to: string) => `${formatDate(from)}–${formatDate(to)}`;

/**
 * Agreements as a dense table; the resident's name links to the agreement. An ended agreement in the
 * follow-up window says when the resident moved out and until when the facility sees them (R-ACC-3).
 */
export function AgreementTable({ agreements, sort, facilityNames, ...name }: Props) {
  const t = tekster.tabell;
  const headers: ColumnHeader<AgreementSort>[] = [
    { text: t.beboer, sort: { asc: 'name', desc: '-name' } },
    t.fodselsnummer,
    { text: t.boenhet, sort: { asc: 'unit', desc: '-unit' } },
    t.avtaleform,
    { text: t.start, sort: { asc: 'start', desc: '-start' } },
    { text: t.slutt, sort: { asc: 'end', desc: '-end' } },
    { text: t.status, sort: { asc: 'status' } },
    t.merknader,
  ];
  return (
    <CaptionedTable {...name} size="sm" sort={sort} headers={headers}>
      {agreements.map((a) => (
        <Table.Row key={a.id}>
          <Table.HeaderCell scope="row">
            <Link asChild>
              <RouterLink to={`/avtaler/${encodeURIComponent(a.id)}`}>{a.person.name}</RouterLink>
            </Link>
            <div>
              <PersonCaseLink personId={a.person.id} name={a.person.name} />
            </div>
          </Table.HeaderCell>
          <Table.Cell>{a.person.nationalIdMasked}</Table.Cell>
          <Table.Cell>
            {facilityNames.get(a.facilityId) ?? a.facilityId}, {a.unitLabel}
          </Table.Cell>
          <Table.Cell>{agreementKindTekst[a.kind]}</Table.Cell>
          <Table.Cell>{formatDate(a.startDate)}</Table.Cell>
          <Table.Cell>{formatDate(a.endDate)}</Table.Cell>
          <Table.Cell>
            <AgreementStatusTag status={a.status} />
            {endedAgreementText(a) && <div className="bta-subtle">{endedAgreementText(a)}</div>}
          </Table.Cell>
          <Table.Cell>
            <FlagTags flags={a.flags} />
          </Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}
