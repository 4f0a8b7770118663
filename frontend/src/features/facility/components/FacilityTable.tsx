import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { tekster } from '../tekster';
import { agreementKindTekst } from '../../../shared/facility/tekster';

type FacilitySummary = components['schemas']['FacilitySummary'];

export function FacilityTable({ facilities }: { facilities: FacilitySummary[] }) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border>
        <caption>{tekster.liste.tabelltekst}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tekster.liste.navn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.liste.avtaletype}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.liste.malgruppe}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="bta-num">
              {tekster.liste.boenheter}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="bta-num">
              {tekster.liste.ledige}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="bta-num">
              {tekster.liste.tildelte}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="bta-num">
              {tekster.liste.bebodde}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
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
        </Table.Body>
      </Table>
    </div>
  );
}
