import { Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { unitStatusTekst } from '../tekster';
import { unitTypeTekst } from '../../../shared/facility/tekster';
import { tekster } from '../tekster';

type Unit = components['schemas']['Unit'];

export function UnitTable({ units, caption }: { units: Unit[]; caption: string }) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tekster.side.boenhet}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.side.type}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="bta-num">
              {tekster.side.etasje}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.side.statusIDag}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.HeaderCell scope="row">{unit.label}</Table.HeaderCell>
              <Table.Cell>{unitTypeTekst[unit.type]}</Table.Cell>
              <Table.Cell className="bta-num">{unit.floor ?? '–'}</Table.Cell>
              <Table.Cell>
                <span className={`bta-status bta-status--${unit.status.toLowerCase()}`}>{unitStatusTekst[unit.status]}</span>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
