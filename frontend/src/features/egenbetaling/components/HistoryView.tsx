import { useState, type ReactNode } from 'react';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable, type ColumnHeader } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { Section } from '../../../components/Section';
import { useChargeRunHistory, useImportHistory } from '../api/useHistory';
import { belop, kjoringTilstandTekst, startetAv, tekster } from '../tekster';

type ChargeRun = components['schemas']['ChargeRun'];
type BankImportSummary = components['schemas']['BankImportSummary'];

const t = tekster.historikk;
export const HISTORY_PAGE_SIZE = 10;

const tilstandFarge = { RUNNING: 'info', DONE: 'success', FAILED: 'danger' } as const;
const num = (text: string) => ({ text, numeric: true });

interface HistoryTableProps<T> {
  id: string;
  heading: string;
  useHistory: (params: { page: number; size: number }) => UseQueryResult<{ items: T[]; totalItems: number }>;
  texts: { caption: string; error: string; empty: string; pages: string };
  headers: ColumnHeader[];
  /** The row's first cells (its name, then its figures); the state and who started it when follow. */
  cells: (item: T) => ReactNode;
  job: (item: T) => { key: string; state: ChargeRun['state']; error?: string; by: string; started: string; finished?: string };
}

/** One paginated history, newest first: each row a job with its state, its own figures, who started it and when. */
function HistoryTable<T>({ id, heading, useHistory, texts, headers, cells, job }: HistoryTableProps<T>) {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useHistory({ page, size: HISTORY_PAGE_SIZE });
  return (
    <Section id={id} heading={heading} level={3}>
      <ListResult isPending={isPending} error={error} data={data} loadingText={t.henter} errorHeading={texts.error} empty={texts.empty}>
        {(data) => (
          <>
            <CaptionedTable caption={texts.caption} headers={[...headers, t.status, t.startetAv, t.startet, t.ferdig]}>
              {data.items.map((item) => {
                const j = job(item);
                return (
                  <Table.Row key={j.key}>
                    {cells(item)}
                    <Table.Cell>
                      <Tag data-color={tilstandFarge[j.state]}>{kjoringTilstandTekst[j.state]}</Tag>
                      {j.error && <div className="bta-subtle">{j.error}</div>}
                    </Table.Cell>
                    <Table.Cell>{startetAv(j.by)}</Table.Cell>
                    <Table.Cell>{formatDateTime(j.started)}</Table.Cell>
                    <Table.Cell>{formatDateTime(j.finished)}</Table.Cell>
                  </Table.Row>
                );
              })}
            </CaptionedTable>
            <Pager page={page} size={HISTORY_PAGE_SIZE} totalItems={data.totalItems} onChange={setPage} label={texts.pages} />
          </>
        )}
      </ListResult>
    </Section>
  );
}

function ChargeRunCells({ run }: { run: ChargeRun }) {
  return (
    <>
      <Table.HeaderCell scope="row">{run.period}</Table.HeaderCell>
      <Table.Cell className="bta-num">{t.behandlet(run.done, run.total)}</Table.Cell>
      {[run.created, run.corrected, run.skipped].map((n, i) => (
        <Table.Cell key={i} className="bta-num">
          {n}
        </Table.Cell>
      ))}
    </>
  );
}

function ImportCells({ file }: { file: BankImportSummary }) {
  return (
    <>
      <Table.HeaderCell scope="row">{file.filename ?? t.utenNavn}</Table.HeaderCell>
      <Table.Cell className="bta-num">{t.behandlet(file.done, file.total)}</Table.Cell>
      {[file.matched, file.unmatched, file.duplicates].map((n, i) => (
        <Table.Cell key={i} className="bta-num">
          {n}
        </Table.Cell>
      ))}
      <Table.Cell className="bta-num">{belop(file.amountOre)}</Table.Cell>
    </>
  );
}

/** Historikk (okonomi): every charge run, the automatic one on the 1st too, and every bank file import. */
export function HistoryView() {
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <HistoryTable<ChargeRun>
        id="historikk-kjoringer"
        heading={t.kjoringer}
        useHistory={useChargeRunHistory}
        texts={{ caption: t.kjoringTabell, error: t.kjoringFeil, empty: t.ingenKjoringer, pages: t.kjoringSider }}
        headers={[t.maned, num(t.avtaler), num(t.nye), num(t.korrigert), num(t.hoppetOver)]}
        cells={(run) => <ChargeRunCells run={run} />}
        job={(run) => ({
          key: run.id,
          state: run.state,
          error: run.error,
          by: run.startedBy,
          started: run.startedAt,
          finished: run.finishedAt,
        })}
      />
      <HistoryTable<BankImportSummary>
        id="historikk-innlesinger"
        heading={t.innlesinger}
        useHistory={useImportHistory}
        texts={{ caption: t.innlesingTabell, error: t.innlesingFeil, empty: t.ingenInnlesinger, pages: t.innlesingSider }}
        headers={[t.fil, num(t.betalinger), num(t.matchet), num(t.umatchet), num(t.duplikater), num(t.sum)]}
        cells={(file) => <ImportCells file={file} />}
        job={(file) => ({
          key: file.id,
          state: file.state,
          error: file.error,
          by: file.createdBy,
          started: file.createdAt,
          finished: file.finishedAt,
        })}
      />
    </>
  );
}
