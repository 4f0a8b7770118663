import { useMemo, useState } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { DownloadButton } from '../../../components/DownloadButton';
import { defaultPeriod } from '../../../components/facilityPeriod';
import { ReportFacilityForm } from '../../../components/FacilityPeriodForm';
import { formatDate, formatDays, formatKroner, formatNumber } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useReportFacilities } from '../../../shared/facility/useReportFacilities';
import { useDownloadStatisticsCsv } from '../api/useDownloadStatisticsCsv';
import { useMonthlyStatistics } from '../api/useMonthlyStatistics';
import { useStatistics, type Statistics, type StatisticsParams } from '../api/useStatistics';
import { ChartWithTable, type ChartBar } from '../../../components/chart/BarChart';
import { bucketLabel, bucketShortLabel, formatPercent } from '../format';
import { monthsOf, MAX_MONTHS } from '../months';
import { bostedTekst, grunnTekst, tekster } from '../tekster';
import '../reporting.css';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { Section } from '../../../components/Section';

const t = tekster.statistikk;
const FORM_ID = 'statistikk';

/** Counts from the API in the order of the known keys (with zeros), then any unknown keys. */
function ordered(counts: Statistics['moveOutsByDestination'], names: Record<string, string>) {
  const byKey = new Map(counts.map((c) => [c.key, c.count]));
  const known = Object.keys(names).map((key) => ({ key, label: names[key]!, count: byKey.get(key) ?? 0 }));
  const unknown = counts.filter((c) => !(c.key in names)).map((c) => ({ key: c.key, label: c.key, count: c.count }));
  return [...known, ...unknown];
}

const days = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatDays(n));

function KeyFigures({ stats }: { stats: Statistics }) {
  const figures: [string, string][] = [
    [t.beboere, formatNumber(stats.residentsServed)],
    [t.innflyttet, formatNumber(stats.moveIns)],
    [t.utflyttet, formatNumber(stats.moveOuts)],
    [t.borFortsatt, formatNumber(stats.stillLiving)],
    [t.snittBotid, days(stats.meanStayDays)],
    [t.medianBotid, days(stats.medianStayDays)],
    [t.tilFastBolig, formatPercent(stats.permanentHousingShare)],
    [t.belegg, formatPercent(stats.occupancy)],
    [t.medianVentetid, days(stats.medianWaitingDays)],
    [t.venteliste, formatNumber(stats.waitingListAtEnd)],
    [t.restanse, formatKroner(stats.arrearsAtEndOre)],
  ];
  return (
    <section aria-labelledby="nokkeltall-tittel" className="bta-stack">
      <Heading level={3} data-size="xs" id="nokkeltall-tittel">
        {t.nokkeltall}
      </Heading>
      <dl className="bta-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CountTable({ caption, header, rows }: { caption: string; header: string; rows: { key: string; label: string; count: number }[] }) {
  return (
    <CaptionedTable caption={caption} headers={[header, t.antall]} size="sm">
      {rows.map((row) => (
        <Table.Row key={row.key}>
          <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
          <Table.Cell className="bta-num">{formatNumber(row.count)}</Table.Cell>
        </Table.Row>
      ))}
    </CaptionedTable>
  );
}

/** Occupancy per month: one statistics query per month of the period (at most 24). */
function MonthlyOccupancy({ params }: { params: StatisticsParams }) {
  const { months, truncated } = useMemo(() => monthsOf(params.from, params.to), [params.from, params.to]);
  const results = useMonthlyStatistics(params.facility, months);
  if (results.some((r) => r.isPending)) return <Loading text={t.beleggHenter} />;
  const failed = results.find((r) => r.error);
  if (failed) return <ProblemAlert error={failed.error} heading={t.beleggFeil} />;
  const bars: ChartBar[] = months.map((m, i) => {
    const occupancy = results[i]!.data!.occupancy;
    const [name, year] = m.label.split(' ');
    return {
      label: m.label,
      shortLabel: i === 0 || m.key.endsWith('-01') ? `${name}\n${year}` : name,
      value: occupancy * 100,
      display: formatPercent(occupancy),
    };
  });
  return (
    <ChartWithTable
      id="belegg"
      title={t.beleggMaaned}
      tableCaption={t.beleggMaanedTabell}
      headers={[t.maaned, t.beleggProsent, t.belagteDogn, t.tilgjengeligeDogn]}
      extraCells={(_, i) => [formatNumber(results[i]!.data!.occupiedUnitDays), formatNumber(results[i]!.data!.availableUnitDays)]}
      orientation="vertical"
      max={100}
      formatValue={(percent) => formatPercent(percent / 100)}
      bars={bars}
      note={truncated ? <Paragraph>{t.beleggBegrenset(MAX_MONTHS)}</Paragraph> : undefined}
    />
  );
}

function StatisticsReport({ stats, params }: { stats: Statistics; params: StatisticsParams }) {
  const destinations = ordered(stats.moveOutsByDestination, bostedTekst);
  const reasons = ordered(stats.moveOutsByReason, grunnTekst);
  const sanctions = stats.sanctionsByType.map((c) => ({
    key: c.key,
    label: reaksjonTekst[c.key as keyof typeof reaksjonTekst] ?? c.key,
    count: c.count,
  }));
  return (
    <Section id="resultat-tittel" heading={`${stats.facilityName} ${formatDate(stats.from)}–${formatDate(stats.to)}`}>
      <Paragraph data-size="lg" className="bta-stat-summary" id="statistikk-sammendrag">
        {stats.summary}
      </Paragraph>
      <KeyFigures stats={stats} />
      <ChartWithTable
        id="bosted"
        title={t.utflyttingBosted}
        tableCaption={t.utflyttingBostedTabell}
        headers={[t.bosted, t.antall]}
        orientation="horizontal"
        bars={destinations.map((d) => ({ label: d.label, value: d.count, display: formatNumber(d.count) }))}
      />
      <CountTable caption={t.utflyttingGrunn} header={t.grunn} rows={reasons} />
      <ChartWithTable
        id="botid"
        title={t.botid}
        tableCaption={t.botidTabell}
        headers={[t.botidDager, t.beboereAntall]}
        orientation="vertical"
        bars={stats.stayBuckets.map((b) => ({
          label: bucketLabel(b.key),
          shortLabel: bucketShortLabel(b.key),
          value: b.count,
          display: formatNumber(b.count),
        }))}
      />
      <MonthlyOccupancy params={params} />
      <section aria-labelledby="reaksjoner-tittel" className="bta-stack">
        <Heading level={3} data-size="xs" id="reaksjoner-tittel">
          {t.reaksjoner}
        </Heading>
        {sanctions.length === 0 ? (
          <Paragraph>{t.ingenReaksjoner}</Paragraph>
        ) : (
          <CountTable caption={t.reaksjoner} header={t.reaksjon} rows={sanctions} />
        )}
        <CountTable
          caption={t.andreTall}
          header="Hva"
          rows={[
            { key: 'exclusions', label: t.bortvisninger, count: stats.exclusions },
            { key: 'entries', label: t.innlasinger, count: stats.entriesWithoutConsent },
            { key: 'terminations', label: t.oppsigelser, count: stats.terminations },
          ]}
        />
      </section>
    </Section>
  );
}

/** Statistikk (R-STA-1): facility (or for ESIKT and the internal control the whole municipality) and period (default this year so far), figures, charts with tables, CSV. */
export function StatisticsPage() {
  useDocumentTitle(t.tittel);
  const facilities = useReportFacilities('statistics');
  const [params, setParams] = useState<StatisticsParams | null>(() =>
    facilities.defaultFacility ? defaultPeriod(facilities.defaultFacility) : null,
  );
  const stats = useStatistics(params);
  const csv = useDownloadStatisticsCsv();
  const onShow = (period: StatisticsParams) => {
    csv.reset();
    setParams(period);
  };

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{facilities.wholeMunicipality ? t.ingressKommunen : t.ingress}</Paragraph>
      <ReportFacilityForm id={FORM_ID} submitLabel={t.vis} choice={facilities} onShow={onShow}>
        {params && stats.data && (
          <DownloadButton label={t.lastNed} pendingLabel={t.lasterNed} pending={csv.isPending} onClick={() => csv.mutate(params)} />
        )}
      </ReportFacilityForm>
      {csv.error && <ProblemAlert error={csv.error} heading={t.feilCsv} />}
      {params &&
        (stats.isPending ? (
          <Loading text={t.henter} />
        ) : stats.error ? (
          <ProblemAlert error={stats.error} heading={t.feil} />
        ) : (
          <StatisticsReport stats={stats.data} params={params} />
        ))}
    </>
  );
}
