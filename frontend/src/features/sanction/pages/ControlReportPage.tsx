import { useState, type ReactNode } from 'react';
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { DownloadButton } from '../../../components/DownloadButton';
import { ReportFacilityForm } from '../../../components/FacilityPeriodForm';
import { todayIso } from '../../../components/dates';
import { formatDate, formatDateTime } from '../../../components/format';
import { monthSoFar } from '../../../components/monthPeriod';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { felles } from '../../../components/tekster';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { HELE_KOMMUNEN, useReportFacilities } from '../../../shared/facility/useReportFacilities';
import { useControlReport, type ControlReportParams } from '../api/useControlReport';
import { useDownloadControlReport } from '../api/useDownloadControlReport';
import {
  avslutningAvTekst,
  flaggTekst,
  grunnlagTekst,
  innlasingTekst,
  klageutfallTekst,
  oppsigelsesgrunnTekst,
  statusTekst,
  tekster,
  utstederTekst,
} from '../tekster';
import { henvisningStatusTekst, reaksjonTekst } from '../../../shared/sanction/tekster';
import { Section } from '../../../components/Section';

type ControlReport = components['schemas']['ControlReport'];
type Sanction = components['schemas']['Sanction'];
type AgreementTermination = components['schemas']['AgreementTermination'];

const FORM_ID = 'kontroll';

/** A captioned table, or a sentence when there are no rows. */
function ReportTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) {
    return (
      <section aria-label={caption} className="bta-stack">
        <Heading level={3} data-size="xs">
          {caption}
        </Heading>
        <Paragraph>{tekster.kontroll.ingen}</Paragraph>
      </section>
    );
  }
  return (
    <CaptionedTable caption={caption} headers={headers}>
      {rows.map((cells, r) => (
        <Table.Row key={r}>
          {cells.map((cell, c) =>
            c === 0 ? (
              <Table.HeaderCell key={c} scope="row">
                {cell}
              </Table.HeaderCell>
            ) : (
              <Table.Cell key={c}>{cell}</Table.Cell>
            ),
          )}
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

/** R-SAN-12: the decision behind a termination: measure, ground, approval, notification and appeal outcome. */
function decisionText(a: AgreementTermination): string {
  const t = tekster.kontroll;
  const d = a.decision;
  if (!d) return a.noticeBy === 'RESIDENT' ? '–' : t.utenVedtak;
  return `${t.vedtakTekst(reaksjonTekst[d.type], grunnlagTekst[d.ground].toLowerCase(), formatDateTime(d.approvedAt), d.approvedBy)}${
    d.notifiedOn ? t.varsletTekst(formatDate(d.notifiedOn)) : ''
  }${d.appealOutcome ? t.klageTekst(klageutfallTekst[d.appealOutcome]) : ''}`;
}

const period = (s: Sanction) => (s.exclusionFrom ? `${formatDate(s.exclusionFrom)}–${formatDate(s.exclusionTo)}` : '–');

function Report({ report, nameOf }: { report: ControlReport; nameOf: (facilityId: string) => string }) {
  const t = tekster.kontroll;
  // For the whole municipality each listed row says which facility it is from, right after the row header.
  const perFacility = report.facilityId === HELE_KOMMUNEN;
  const headersWithFacility = (headers: string[]) => (perFacility ? [headers[0]!, felles.botiltak, ...headers.slice(1)] : headers);
  const withFacility = (facilityId: string, cells: ReactNode[]) =>
    perFacility ? [cells[0], nameOf(facilityId), ...cells.slice(1)] : cells;
  return (
    <Section id="rapport-tittel" heading={t.rapportFor(nameOf(report.facilityId), `${formatDate(report.from)}–${formatDate(report.to)}`)}>
      <section aria-labelledby="merknader-tittel" className="bta-stack">
        <Heading level={3} data-size="xs" id="merknader-tittel">
          {t.merknader}
        </Heading>
        {report.flags.length === 0 ? (
          <Paragraph>{t.ingenMerknader}</Paragraph>
        ) : (
          report.flags.map((flag, index) => (
            <Alert key={`${flag.flag}-${index}`} data-color="warning">
              <Paragraph>
                <strong>{flaggTekst[flag.flag]}</strong>: {flag.detail}
              </Paragraph>
            </Alert>
          ))
        )}
      </section>
      <ReportTable
        caption={t.perType}
        headers={[t.type, t.antall]}
        rows={report.sanctionsByType.map((c) => [reaksjonTekst[c.key as Sanction['type']] ?? c.key, c.count])}
      />
      <ReportTable
        caption={t.bortvisninger}
        headers={headersWithFacility([t.periode, t.grunnlag, t.annetBosted, t.status, t.godkjentAv])}
        rows={report.exclusions.map((s) =>
          withFacility(s.facilityId, [
            period(s),
            grunnlagTekst[s.ground],
            s.alternativeAccommodation
              ? `${s.alternativeAccommodation.place}, ${formatDate(s.alternativeAccommodation.from)}–${formatDate(s.alternativeAccommodation.to)}`
              : t.mangler,
            statusTekst[s.status],
            s.approvedBy ?? '–',
          ]),
        )}
      />
      <ReportTable
        caption={t.oppsigelser}
        headers={headersWithFacility([t.foreslatt, t.type, t.grunnlag, t.status, t.godkjentAv])}
        rows={report.terminations.map((s) =>
          withFacility(s.facilityId, [
            formatDateTime(s.proposedAt),
            reaksjonTekst[s.type],
            grunnlagTekst[s.ground],
            statusTekst[s.status],
            s.approvedBy ?? '–',
          ]),
        )}
      />
      <ReportTable
        caption={t.avsluttede}
        headers={headersWithFacility([t.oppsagt, t.oppsagtAv, t.gjelderFra, t.flyttetUt, t.oppsigelsesgrunnlag, t.vedtak])}
        rows={report.agreementTerminations.map((a) =>
          withFacility(a.facilityId, [
            formatDate(a.noticeGivenOn) || '–',
            a.noticeBy ? avslutningAvTekst[a.noticeBy] : '–',
            formatDate(a.noticeEffectiveOn) || '–',
            formatDate(a.movedOutOn) || '–',
            a.terminationGround ? oppsigelsesgrunnTekst[a.terminationGround] : '–',
            decisionText(a),
          ]),
        )}
      />
      <ReportTable
        caption={t.klager}
        headers={headersWithFacility([t.klageMottatt, t.reaksjon, t.klagefrist, t.utfall])}
        rows={report.appeals.map((s) =>
          withFacility(s.facilityId, [
            formatDate(s.appealedOn),
            reaksjonTekst[s.type],
            formatDate(s.appealDeadline),
            s.appealOutcome
              ? `${klageutfallTekst[s.appealOutcome]}${s.appealOutcomeOn ? ` ${formatDate(s.appealOutcomeOn)}` : ''}`
              : t.ikkeAvgjort,
          ]),
        )}
      />
      <ReportTable
        caption={t.henvisninger}
        headers={headersWithFacility([t.henvist, t.henvistAv, t.status, t.svart, t.gjelderFra, t.utfallet])}
        rows={(report.referrals ?? []).map((r) =>
          withFacility(r.facilityId, [
            formatDate(r.referredOn),
            r.referredBy,
            henvisningStatusTekst[r.status],
            formatDate(r.respondedOn) || '–',
            formatDate(r.effectiveOn) || '–',
            r.outcome ?? '–',
          ]),
        )}
      />
      <ReportTable
        caption={t.innlasingPerGrunn}
        headers={[t.grunn, t.antall]}
        rows={report.entriesByGround.map((c) => [innlasingTekst[c.key as keyof typeof innlasingTekst] ?? c.key, c.count])}
      />
      <ReportTable
        caption={t.innlasinger}
        headers={headersWithFacility([t.tidspunkt, t.boenhet, t.grunn, t.personale, t.tilStede, t.funn])}
        rows={report.entries.map((e) =>
          withFacility(e.facilityId, [
            formatDateTime(e.enteredAt),
            e.unitLabel,
            innlasingTekst[e.ground],
            e.staff,
            e.present ?? '–',
            e.found ?? '–',
          ]),
        )}
      />
      <ReportTable
        caption={t.besoksforbud}
        headers={headersWithFacility([t.besokende, t.ilagtAv, t.periode, t.begrunnelse])}
        rows={report.visitorBans.map((b) =>
          withFacility(b.facilityId, [
            b.visitor,
            utstederTekst[b.issuedBy],
            `${formatDate(b.fromDate)}–${b.toDate ? formatDate(b.toDate) : ''}`,
            b.reason,
          ]),
        )}
      />
      <Paragraph>
        {t.politi}: <strong>{report.policeContacts}</strong>
      </Paragraph>
    </Section>
  );
}

/**
 * Kontrollrapport (R-SAN-10): facility and period, the report as tables, and the CSV and PDF downloads.
 * A fagleder picks one of their facilities; the internal control the whole municipality (the default)
 * or any facility. This month so far is shown at once (the internal control's work list, issue 18); the form
 * changes the period.
 */
export function ControlReportPage() {
  const t = tekster.kontroll;
  useDocumentTitle(t.tittel);
  const facilities = useReportFacilities('controlReport');
  const [thisMonth] = useState(() => monthSoFar(todayIso()));
  const [params, setParams] = useState<ControlReportParams | null>(() =>
    facilities.defaultFacility ? { facility: facilities.defaultFacility, ...thisMonth } : null,
  );
  const report = useControlReport(params);
  const csv = useDownloadControlReport('csv');
  const pdf = useDownloadControlReport('pdf');
  const onShow = (period: ControlReportParams) => {
    csv.reset();
    pdf.reset();
    setParams(period);
  };

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{facilities.wholeMunicipality ? t.ingressKommunen : t.ingress}</Paragraph>
      <ReportFacilityForm id={FORM_ID} submitLabel={t.vis} choice={facilities} defaultPeriod={thisMonth} onShow={onShow}>
        {params && report.data && (
          <>
            <DownloadButton label={t.lastNed} pendingLabel={t.lasterNed} pending={csv.isPending} onClick={() => csv.mutate(params)} />
            <DownloadButton label={t.lastNedPdf} pendingLabel={t.lasterNed} pending={pdf.isPending} onClick={() => pdf.mutate(params)} />
          </>
        )}
      </ReportFacilityForm>
      {csv.error && <ProblemAlert error={csv.error} heading={t.feilCsv} />}
      {pdf.error && <ProblemAlert error={pdf.error} heading={t.feilPdf} />}
      {params &&
        (report.isPending ? (
          <Loading text={t.henter} />
        ) : report.error ? (
          <ProblemAlert error={report.error} heading={t.feil} />
        ) : (
          <Report report={report.data} nameOf={facilities.nameOf} />
        ))}
    </>
  );
}
