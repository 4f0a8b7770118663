import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { parseNorwegianDate, todayIso, todayNorwegian } from '../../../components/dates';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { formatDate, formatDateTime } from '../../../components/format';
import { DateInput } from '../../../components/inputs';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { summaryErrors } from '../../../components/useServerProblem';
import { useControlReport, type ControlReportParams } from '../api/useControlReport';
import { useDownloadControlReport } from '../api/useDownloadControlReport';
import { FacilitySelect } from '../components/FacilitySelect';
import { useMyFacilities } from '../components/useMyFacilities';
import { controlReportFields, controlReportSchema, type ControlReportValues } from '../form/sanctionSchemas';
import { flaggTekst, grunnlagTekst, innlasingTekst, klageutfallTekst, reaksjonTekst, statusTekst, tekster, utstederTekst } from '../tekster';

type ControlReport = components['schemas']['ControlReport'];
type Sanction = components['schemas']['Sanction'];

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
    <div className="bta-table-scroll">
      <Table zebra border>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((h) => (
              <Table.HeaderCell key={h} scope="col">
                {h}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
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
        </Table.Body>
      </Table>
    </div>
  );
}

const period = (s: Sanction) =>
  s.exclusionFrom ? `${formatDate(s.exclusionFrom)}–${formatDate(s.exclusionTo)}` : '–';

function Report({ report }: { report: ControlReport }) {
  const t = tekster.kontroll;
  return (
    <section aria-labelledby="rapport-tittel" className="bta-section">
      <Heading level={2} data-size="sm" id="rapport-tittel">
        {`${t.tittel} ${formatDate(report.from)}–${formatDate(report.to)}`}
      </Heading>
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
        headers={['Periode', 'Grunnlag', 'Annet bosted', 'Status', 'Godkjent av']}
        rows={report.exclusions.map((s) => [
          period(s),
          grunnlagTekst[s.ground],
          s.alternativeAccommodation
            ? `${s.alternativeAccommodation.place}, ${formatDate(s.alternativeAccommodation.from)}–${formatDate(s.alternativeAccommodation.to)}`
            : 'Mangler',
          statusTekst[s.status],
          s.approvedBy ?? '–',
        ])}
      />
      <ReportTable
        caption={t.oppsigelser}
        headers={['Foreslått', 'Type', 'Grunnlag', 'Status', 'Godkjent av']}
        rows={report.terminations.map((s) => [
          formatDateTime(s.proposedAt),
          reaksjonTekst[s.type],
          grunnlagTekst[s.ground],
          statusTekst[s.status],
          s.approvedBy ?? '–',
        ])}
      />
      <ReportTable
        caption={t.klager}
        headers={['Klage mottatt', 'Reaksjon', 'Klagefrist', 'Utfall']}
        rows={report.appeals.map((s) => [
          formatDate(s.appealedOn),
          reaksjonTekst[s.type],
          formatDate(s.appealDeadline),
          s.appealOutcome
            ? `${klageutfallTekst[s.appealOutcome]}${s.appealOutcomeOn ? ` ${formatDate(s.appealOutcomeOn)}` : ''}`
            : 'Ikke avgjort',
        ])}
      />
      <ReportTable
        caption={t.innlasingPerGrunn}
        headers={[t.grunn, t.antall]}
        rows={report.entriesByGround.map((c) => [innlasingTekst[c.key as keyof typeof innlasingTekst] ?? c.key, c.count])}
      />
      <ReportTable
        caption={t.innlasinger}
        headers={['Tidspunkt', 'Boenhet', t.grunn, 'Personale', 'Til stede', 'Funn']}
        rows={report.entries.map((e) => [
          formatDateTime(e.enteredAt),
          e.unitLabel,
          innlasingTekst[e.ground],
          e.staff,
          e.present ?? '–',
          e.found ?? '–',
        ])}
      />
      <ReportTable
        caption={t.besoksforbud}
        headers={['Besøkende', 'Ilagt av', 'Periode', 'Begrunnelse']}
        rows={report.visitorBans.map((b) => [
          b.visitor,
          utstederTekst[b.issuedBy],
          `${formatDate(b.fromDate)}–${b.toDate ? formatDate(b.toDate) : ''}`,
          b.reason,
        ])}
      />
      <Paragraph>
        {t.politi}: <strong>{report.policeContacts}</strong>
      </Paragraph>
    </section>
  );
}

function firstOfYear(): string {
  return `01.01.${todayIso().slice(0, 4)}`;
}

/** Kontrollrapport (R-SAN-10): facility and period, the report as tables, and the CSV download. */
export function ControlReportPage() {
  const t = tekster.kontroll;
  useDocumentTitle(t.tittel);
  const facilities = useMyFacilities();
  const [params, setParams] = useState<ControlReportParams | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const report = useControlReport(params);
  const csv = useDownloadControlReport('csv');
  const pdf = useDownloadControlReport('pdf');
  const { register, handleSubmit, formState } = useForm<ControlReportValues>({
    resolver: zodResolver(controlReportSchema),
    defaultValues: { facility: facilities[0]?.value ?? '', from: firstOfYear(), to: todayNorwegian() },
  });
  const { errors } = formState;
  const fieldId = (field: string) => `${FORM_ID}-${field}`;
  const onValid = (v: ControlReportValues) => {
    csv.reset();
    pdf.reset();
    setParams({ facility: v.facility, from: parseNorwegianDate(v.from)!, to: parseNorwegianDate(v.to)! });
  };

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      {facilities.length === 0 ? (
        <Alert data-color="warning">
          <Paragraph>Du er ikke knyttet til noe botiltak.</Paragraph>
        </Alert>
      ) : (
        <form
          noValidate
          aria-label="Velg botiltak og periode"
          className="bta-form"
          onSubmit={(event) => {
            setSubmitted(true);
            void handleSubmit(onValid)(event);
          }}
        >
          {submitted && <FormErrorSummary errors={summaryErrors(controlReportFields, errors, fieldId)} />}
          <FacilitySelect
            id={fieldId('facility')}
            label="Botiltak"
            error={errors.facility?.message}
            options={facilities}
            registration={register('facility')}
          />
          <div className="bta-inline-form">
            <DateInput id={fieldId('from')} label={t.fra} error={errors.from?.message} {...register('from')} />
            <DateInput id={fieldId('to')} label={t.til} error={errors.to?.message} {...register('to')} />
          </div>
          <div className="bta-buttons">
            <Button type="submit">{t.vis}</Button>
            {params && report.data && (
              <Button
                type="button"
                variant="secondary"
                loading={csv.isPending}
                disabled={csv.isPending}
                onClick={() => csv.mutate(params)}
              >
                {csv.isPending ? t.lasterNed : t.lastNed}
              </Button>
            )}
            {params && report.data && (
              <Button
                type="button"
                variant="secondary"
                loading={pdf.isPending}
                disabled={pdf.isPending}
                onClick={() => pdf.mutate(params)}
              >
                {pdf.isPending ? t.lasterNed : t.lastNedPdf}
              </Button>
            )}
          </div>
        </form>
      )}
      {csv.error && <ProblemAlert error={csv.error} heading={t.feilCsv} />}
      {pdf.error && <ProblemAlert error={pdf.error} heading={t.feilPdf} />}
      {params &&
        (report.isPending ? (
          <Loading text="Henter rapporten …" />
        ) : report.error ? (
          <ProblemAlert error={report.error} heading={t.feil} />
        ) : (
          <Report report={report.data} />
        ))}
    </>
  );
}
