import { useState } from 'react';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { Section } from '../../../components/Section';
import { useChargeRunHistory, useImportHistory } from '../api/useHistory';
import { belop, kjoringTilstandTekst, startetAv, tekster } from '../tekster';

const t = tekster.historikk;
export const HISTORY_PAGE_SIZE = 10;

const tilstandFarge = { RUNNING: 'info', DONE: 'success', FAILED: 'danger' } as const;

function StateTag({ state, error }: { state: keyof typeof tilstandFarge; error?: string }) {
  return (
    <>
      <Tag data-color={tilstandFarge[state]}>{kjoringTilstandTekst[state]}</Tag>
      {error && <div className="bta-subtle">{error}</div>}
    </>
  );
}

const num = (text: string) => ({ text, numeric: true });

function ChargeRunHistory() {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useChargeRunHistory({ page, size: HISTORY_PAGE_SIZE });
  return (
    <ListResult
      isPending={isPending}
      error={error}
      data={data}
      loadingText={t.henter}
      errorHeading={t.kjoringFeil}
      empty={t.ingenKjoringer}
    >
      {(data) => (
        <>
          <CaptionedTable
            caption={t.kjoringTabell}
            headers={[t.maned, t.status, num(t.avtaler), num(t.nye), num(t.korrigert), num(t.hoppetOver), t.startetAv, t.startet, t.ferdig]}
          >
            {data.items.map((run) => (
              <Table.Row key={run.id}>
                <Table.HeaderCell scope="row">{run.period}</Table.HeaderCell>
                <Table.Cell>
                  <StateTag state={run.state} error={run.error} />
                </Table.Cell>
                <Table.Cell className="bta-num">{t.behandlet(run.done, run.total)}</Table.Cell>
                <Table.Cell className="bta-num">{run.created}</Table.Cell>
                <Table.Cell className="bta-num">{run.corrected}</Table.Cell>
                <Table.Cell className="bta-num">{run.skipped}</Table.Cell>
                <Table.Cell>{startetAv(run.startedBy)}</Table.Cell>
                <Table.Cell>{formatDateTime(run.startedAt)}</Table.Cell>
                <Table.Cell>{formatDateTime(run.finishedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </CaptionedTable>
          <Pager page={page} size={HISTORY_PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.kjoringSider} />
        </>
      )}
    </ListResult>
  );
}

function ImportHistory() {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useImportHistory({ page, size: HISTORY_PAGE_SIZE });
  return (
    <ListResult
      isPending={isPending}
      error={error}
      data={data}
      loadingText={t.henter}
      errorHeading={t.innlesingFeil}
      empty={t.ingenInnlesinger}
    >
      {(data) => (
        <>
          <CaptionedTable
            caption={t.innlesingTabell}
            headers={[
              t.fil,
              t.status,
              num(t.betalinger),
              num(t.matchet),
              num(t.umatchet),
              num(t.duplikater),
              num(t.sum),
              t.startetAv,
              t.startet,
              t.ferdig,
            ]}
          >
            {data.items.map((file) => (
              <Table.Row key={file.id}>
                <Table.HeaderCell scope="row">{file.filename ?? t.utenNavn}</Table.HeaderCell>
                <Table.Cell>
                  <StateTag state={file.state} error={file.error} />
                </Table.Cell>
                <Table.Cell className="bta-num">{t.behandlet(file.done, file.total)}</Table.Cell>
                <Table.Cell className="bta-num">{file.matched}</Table.Cell>
                <Table.Cell className="bta-num">{file.unmatched}</Table.Cell>
                <Table.Cell className="bta-num">{file.duplicates}</Table.Cell>
                <Table.Cell className="bta-num">{belop(file.amountOre)}</Table.Cell>
                <Table.Cell>{startetAv(file.createdBy)}</Table.Cell>
                <Table.Cell>{formatDateTime(file.createdAt)}</Table.Cell>
                <Table.Cell>{formatDateTime(file.finishedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </CaptionedTable>
          <Pager page={page} size={HISTORY_PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={t.innlesingSider} />
        </>
      )}
    </ListResult>
  );
}

/** Historikk (okonomi): every charge run, the automatic one on the 1st too, and every bank file import. */
export function HistoryView() {
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <Section id="historikk-kjoringer" heading={t.kjoringer} level={3}>
        <ChargeRunHistory />
      </Section>
      <Section id="historikk-innlesinger" heading={t.innlesinger} level={3}>
        <ImportHistory />
      </Section>
    </>
  );
}
