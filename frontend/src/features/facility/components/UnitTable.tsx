import { Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { unitStatusTekst, tekster } from '../tekster';
import { unitTypeTekst } from '../../../shared/facility/tekster';
import { CaptionedTable } from '../../../components/CaptionedTable';

type Unit = components['schemas']['Unit'];

export function UnitTable({ units, caption }: { units: Unit[]; caption: string }) {
  return (
    <CaptionedTable
      caption={caption}
      headers={[tekster.side.boenhet, tekster.side.type, { text: tekster.side.etasje, numeric: true }, tekster.side.statusIDag]}
    >
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
    </CaptionedTable>
  );
}
