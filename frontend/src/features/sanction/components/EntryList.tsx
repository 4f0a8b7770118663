import { useState } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { Section } from '../../../components/Section';
import { useEntries } from '../api/useEntries';
import { innlasingTekst, tekster } from '../tekster';

const PAGE_SIZE = 20;
const HEADING_ID = 'innlasinger-liste';

/** The log of entries without consent at the facility, newest first (R-SAN-8): when, which unit, why, who, and what they found. */
export function EntryList({ facilityId }: { facilityId: string }) {
  const t = tekster.innlasinger;
  const [page, setPage] = useState(0);
  const entries = useEntries({ facility: facilityId, page, size: PAGE_SIZE });

  return (
    <Section id={HEADING_ID} heading={t.tittel}>
      <ListResult
        isPending={entries.isPending}
        error={entries.error}
        data={entries.data}
        loadingText={t.henter}
        errorHeading={t.feil}
        empty={t.ingen}
      >
        {(data) => (
          <>
            <CaptionedTable labelledBy={HEADING_ID} size="sm" headers={[t.tidspunkt, t.boenhet, t.grunn, t.personale, t.tilStede, t.funn]}>
              {data.items.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.HeaderCell scope="row">
                    <time dateTime={entry.enteredAt}>{formatDateTime(entry.enteredAt)}</time>
                  </Table.HeaderCell>
                  <Table.Cell>{entry.unitLabel}</Table.Cell>
                  <Table.Cell>{innlasingTekst[entry.ground]}</Table.Cell>
                  <Table.Cell>{entry.staff}</Table.Cell>
                  <Table.Cell>{entry.present || '–'}</Table.Cell>
                  <Table.Cell className="bta-pre">{entry.found || '–'}</Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={page} size={PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
          </>
        )}
      </ListResult>
    </Section>
  );
}
