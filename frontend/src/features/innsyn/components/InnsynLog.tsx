import { Paragraph, Table } from '@digdir/designsystemet-react';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import type { PersonInnsyn } from '../api/usePersonInnsyn';
import { tekster } from '../tekster';

/** The person's log, newest first: when, who, role, unit, what and the outcome. */
export function InnsynLog({ innsyn }: { innsyn: PersonInnsyn }) {
  const t = tekster.logg;
  if (innsyn.items.length === 0) return <Paragraph>{t.ingen}</Paragraph>;
  return (
    <CaptionedTable caption={t.tabell(innsyn.totalItems)} headers={[t.tidspunkt, t.hvem, t.rolle, t.enhet, t.hva, t.utfall]}>
      {innsyn.items.map((entry, index) => (
        <Table.Row key={`${entry.at}-${index}`}>
          <Table.HeaderCell scope="row">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </Table.HeaderCell>
          <Table.Cell>{entry.staffName}</Table.Cell>
          <Table.Cell>{entry.roleText}</Table.Cell>
          <Table.Cell>{entry.unit ?? '–'}</Table.Cell>
          <Table.Cell>{entry.what}</Table.Cell>
          <Table.Cell>{entry.outcomeText}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}
