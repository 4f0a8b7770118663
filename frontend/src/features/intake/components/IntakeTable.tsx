import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { formatDate } from '../../../components/format';
import { tekster } from '../tekster';
import { StatusTag, WaitingFor } from './StatusTag';
import { CaptionedTable, type ColumnSort, type TableName, type TableSort } from '../../../components/CaptionedTable';
import type { IntakeSort } from '../api/useIntakes';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import { formatBirth } from '../../../shared/person/access';

type IntakeSummary = components['schemas']['IntakeSummary'];

/** `born`: the birth date, or the birth year where that is all the reader gets (ESIKT's queue, R-ACC-3). */
export type IntakeColumn = 'priority' | 'person' | 'nationalId' | 'born' | 'received' | 'status' | 'facility' | 'caseworker';

/** The columns the API can order by (IntakeSort). */
const sortable: Partial<Record<IntakeColumn, ColumnSort<IntakeSort>>> = {
  priority: { asc: 'priority' },
  person: { asc: 'name', desc: '-name' },
  received: { asc: 'received', desc: '-received' },
  status: { asc: 'status' },
};

type Props = TableName & {
  intakes: IntakeSummary[];
  columns: IntakeColumn[];
  /** The order shown and the way to change it; without it no column sorts. */
  sort?: TableSort<IntakeSort>;
  /** Facility id → name, to show names instead of ids. */
  facilityNames: Map<string, string>;
};

/** Applications as a dense table; the person's name links to the application. */
export function IntakeTable({ intakes, columns, sort, facilityNames, ...tableName }: Props) {
  const t = tekster.tabell;
  const name = (id: string) => facilityNames.get(id) ?? id;
  const facilityText = (intake: IntakeSummary) =>
    intake.allocatedFacilityId
      ? `Tildelt: ${name(intake.allocatedFacilityId)}${intake.allocatedUnitLabel ? `, ${intake.allocatedUnitLabel}` : ''}`
      : intake.facilityWishes.map(name).join(', ') || '–';
  const headers: Record<IntakeColumn, string> = {
    priority: t.prioritet,
    person: t.soker,
    nationalId: t.fodselsnummer,
    born: t.fodt,
    received: t.mottatt,
    status: t.status,
    facility: t.botiltak,
    caseworker: t.saksbehandler,
  };
  const cell = (intake: IntakeSummary, column: IntakeColumn) => {
    switch (column) {
      case 'priority':
        return (
          <Table.Cell key={column} className="bta-num">
            {intake.priority ?? '–'}
          </Table.Cell>
        );
      case 'person':
        return (
          <Table.HeaderCell key={column} scope="row">
            <Link asChild>
              <RouterLink to={`/soknader/${encodeURIComponent(intake.id)}`}>{intake.person.name}</RouterLink>
            </Link>
            <div>
              <PersonCaseLink personId={intake.person.id} name={intake.person.name} />
            </div>
          </Table.HeaderCell>
        );
      case 'nationalId':
        return <Table.Cell key={column}>{intake.person.nationalIdMasked}</Table.Cell>;
      case 'born':
        return <Table.Cell key={column}>{formatBirth(intake.person)}</Table.Cell>;
      case 'received':
        return <Table.Cell key={column}>{formatDate(intake.receivedOn)}</Table.Cell>;
      case 'status':
        return (
          <Table.Cell key={column}>
            <StatusTag status={intake.status} />
            {intake.waitingFor && (
              <>
                <br />
                <WaitingFor waitingFor={intake.waitingFor} />
              </>
            )}
          </Table.Cell>
        );
      case 'facility':
        return <Table.Cell key={column}>{facilityText(intake)}</Table.Cell>;
      case 'caseworker':
        return <Table.Cell key={column}>{intake.caseworker}</Table.Cell>;
    }
  };
  return (
    <CaptionedTable
      {...tableName}
      size="sm"
      sort={sort}
      headers={columns.map((column) => ({ text: headers[column], numeric: column === 'priority', sort: sortable[column] }))}
    >
      {intakes.map((intake) => (
        <Table.Row key={intake.id}>{columns.map((column) => cell(intake, column))}</Table.Row>
      ))}
    </CaptionedTable>
  );
}
