import { Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { agreementKindTekst, unitTypeTekst } from '../../../shared/facility/tekster';
import { tekster } from '../tekster';

type Vacancy = components['schemas']['Vacancy'];

/** Vacant units grouped by facility: one row group per facility, its name heading the group. */
export function VacancyTable({ vacancies, caption }: { vacancies: Vacancy[]; caption: string }) {
  const groups = new Map<string, Vacancy[]>();
  for (const vacancy of vacancies) {
    const list = groups.get(vacancy.facilityId) ?? [];
    list.push(vacancy);
    groups.set(vacancy.facilityId, list);
  }
  const sorted = [...groups.values()].sort((a, b) => a[0]!.facilityName.localeCompare(b[0]!.facilityName, 'nb'));
  return (
    <div className="bta-table-scroll">
      <Table border>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tekster.ledigeTabell.botiltak}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.ledigeTabell.boenhet}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.ledigeTabell.type}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.ledigeTabell.avtaletype}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.ledigeTabell.malgruppe}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {sorted.map((units) => {
          const first = units[0]!;
          return (
            <Table.Body key={first.facilityId}>
              {units.map((unit, index) => (
                <Table.Row key={unit.unitId}>
                  {index === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={units.length}>
                      {first.facilityName}
                      <br />
                      <span className="bta-subtle">{tekster.ledigeTabell.antall(units.length)}</span>
                    </Table.HeaderCell>
                  )}
                  <Table.Cell>{unit.unitLabel}</Table.Cell>
                  <Table.Cell>{unitTypeTekst[unit.unitType]}</Table.Cell>
                  <Table.Cell>{agreementKindTekst[unit.agreementKind]}</Table.Cell>
                  <Table.Cell>{unit.targetGroup.description}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          );
        })}
      </Table>
    </div>
  );
}
