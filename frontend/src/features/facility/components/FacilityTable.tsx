import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { tekster } from '../tekster';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { CaptionedTable } from '../../../components/CaptionedTable';

type FacilitySummary = components['schemas']['FacilitySummary'];

export function FacilityTable({ facilities }: { facilities: FacilitySummary[] }) {
  return (
    <CaptionedTable
      caption={tekster.liste.tabelltekst}
      headers={[
        tekster.liste.navn,
        tekster.liste.avtaletype,
        tekster.liste.malgruppe,
        ...[tekster.liste.boenheter, tekster.liste.ledige, tekster.liste.tildelte, tekster.liste.bebodde].map((text) => ({
          text,
          numeric: true,
        })),
      ]}
    >
      {facilities.map((facility) => (
        <Table.Row key={facility.id}>
          <Table.HeaderCell scope="row">
            <Link asChild>
              <RouterLink to={`/botiltak/${encodeURIComponent(facility.id)}`}>{facility.name}</RouterLink>
            </Link>
          </Table.HeaderCell>
          <Table.Cell>{agreementKindTekst[facility.agreementKind]}</Table.Cell>
          <Table.Cell>{facility.targetGroup.description}</Table.Cell>
          <Table.Cell className="bta-num">{facility.unitCounts.total}</Table.Cell>
          <Table.Cell className="bta-num">{facility.unitCounts.vacant}</Table.Cell>
          <Table.Cell className="bta-num">{facility.unitCounts.allocated}</Table.Cell>
          <Table.Cell className="bta-num">{facility.unitCounts.occupied}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}
