import { useMemo, useState } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { DownloadButton } from '../../../components/DownloadButton';
import { todayIso } from '../../../components/dates';
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
import { monthsOf, MAX_MONTHS, wholeMonthsSoFar } from '../months';
import { bostedTekst, grunnTekst, tekster } from '../tekster';
import '../reporting.css';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { Section } from '../../../components/Section';

const t = tekster.statistikk;
const FORM_ID = 'statistikk';

type Field = Statistics['suppressed'][number]['field'];
type Row = { key: string; label: string; count: number | null };

/** Whether the figure (a row of a table: `field` and `key`) is hidden for the reader (R-STA-2). */
function isHidden(stats: Statistics, field: Field, key?: string) {
  return stats.suppressed.some((s) => s.field === field && (s.key ?? undefined) === key);
}

/** A count as shown: `<5` when it is hidden. */
const count = (n: number | null) => (n === null ? t.skjult : formatNumber(n));

/** Rows from the API in the order of the known keys (with zeros), then any unknown keys. */
function ordered(counts: Statistics['moveOutsByDestination'], names: Record<string, string>): Row[] {
  const byKey = new Map(counts.map((c) => [c.key, c.count]));
  const known = Object.keys(names).map((key) => ({ key, label: names[key]!, count: byKey.has(key) ? byKey.get(key)! : 0 }));
  const unknown = counts.filter((c) => !(c.key in names)).map((c) => ({ key: c.key, label: c.key, count: c.count }));
  return [...known, ...unknown];
}

/** Under a table with hidden figures: why they are hidden. */
function HiddenNote({ hidden }: { hidden: boolean }) {
  return hidden ? <Paragraph data-size="sm">{t.skjultForklaring}</Paragraph> : null;
}

/** A chart's bars from rows: hidden ones are left out of the drawing (and the chart says so), the table shows `<5`. */
function chartOf(bars: ChartBar[]) {
  const hidden = bars.some((b) => b.value === null);
  return {
    bars,
    note: hidden ? <Paragraph data-size="sm">{t.skjultDiagram}</Paragraph> : undefined,
    footer: <HiddenNote hidden={hidden} />,
  };
}

/** A single figure of the statistics (not a table). */
type Figure = Exclude<Field, 'moveOutsByDestination' | 'moveOutsByReason' | 'stayBuckets' | 'sanctionsByType'>;

function KeyFigures({ stats }: { stats: Statistics }) {
  const figures: [string, Figure, (n: number) => string][] = [
    [t.beboere, 'residentsServed', formatNumber],
    [t.innflyttet, 'moveIns', formatNumber],
    [t.utflyttet, 'moveOuts', formatNumber],
    [t.borFortsatt, 'stillLiving', formatNumber],
    [t.snittBotid, 'meanStayDays', formatDays],
    [t.medianBotid, 'medianStayDays', formatDays],
    [t.tilFastBolig, 'permanentHousingShare', formatPercent],
    [t.belegg, 'occupancy', formatPercent],
    [t.medianVentetid, 'medianWaitingDays', formatDays],
    [t.venteliste, 'waitingListAtEnd', formatNumber],
    [t.restanse, 'arrearsAtEndOre', (ore) => formatKroner(ore)],
  ];
  /** `<5` when hidden; `–` when there is nothing to compute it from (a mean of no stays). */
  const shown = (field: Figure, format: (n: number) => string) => {
    const value = stats[field];
    return value !== null ? format(value) : isHidden(stats, field) ? t.skjult : '–';
  };
  return (
    <section aria-labelledby="nokkeltall-tittel" className="bta-stack">
      <Heading level={3} data-size="xs" id="nokkeltall-tittel">
        {t.nokkeltall}
      </Heading>
      <dl className="bta-figures">
        {figures.map(([label, field, format]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{shown(field, format)}</dd>
          </div>
        ))}
      </dl>
      <HiddenNote hidden={figures.some(([, field]) => isHidden(stats, field))} />
    </section>
  );
}

function CountTable({ caption, header, rows }: { caption: string; header: string; rows: Row[] }) {
  return (
    <>
      <CaptionedTable caption={caption} headers={[header, t.antall]} size="sm">
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
            <Table.Cell className="bta-num">{count(row.count)}</Table.Cell>
          </Table.Row>
        ))}
      </CaptionedTable>
      <HiddenNote hidden={rows.some((row) => row.count === null)} />
    </>
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
      value: occupancy === null ? null : occupancy * 100,
      display: occupancy === null ? t.skjult : formatPercent(occupancy),
    };
  });
  const chart = chartOf(bars);
  return (
    <ChartWithTable
      id="belegg"
      title={t.beleggMaaned}
      tableCaption={t.beleggMaanedTabell}
      headers={[t.maaned, t.beleggProsent, t.belagteDogn, t.tilgjengeligeDogn]}
      extraCells={(_, i) => [count(results[i]!.data!.occupiedUnitDays), formatNumber(results[i]!.data!.availableUnitDays)]}
      orientation="vertical"
      max={100}
      formatValue={(percent) => formatPercent(percent / 100)}
      bars={chart.bars}
      note={
        truncated || chart.note ? (
          <>
            {truncated && <Paragraph>{t.beleggBegrenset(MAX_MONTHS)}</Paragraph>}
            {chart.note}
          </>
        ) : undefined
      }
      footer={chart.footer}
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
        {...chartOf(destinations.map((d) => ({ label: d.label, value: d.count, display: count(d.count) })))}
      />
      <CountTable caption={t.utflyttingGrunn} header={t.grunn} rows={reasons} />
      <ChartWithTable
        id="botid"
        title={t.botid}
        tableCaption={t.botidTabell}
        headers={[t.botidDager, t.beboereAntall]}
        orientation="vertical"
        {...chartOf(
          stats.stayBuckets.map((b) => ({
            label: bucketLabel(b.key),
            shortLabel: bucketShortLabel(b.key),
            value: b.count,
            display: count(b.count),
          })),
        )}
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
  // esikt and the internal control get whole calendar months only (R-STA-2).
  const wholeMonths = facilities.wholeMunicipality ? wholeMonthsSoFar(todayIso()) : undefined;
  const [params, setParams] = useState<StatisticsParams | null>(() =>
    facilities.defaultFacility
      ? wholeMonths
        ? { facility: facilities.defaultFacility, ...wholeMonths }
        : defaultPeriod(facilities.defaultFacility)
      : null,
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
      {wholeMonths && <Paragraph>{t.heleMaaneder}</Paragraph>}
      <ReportFacilityForm id={FORM_ID} submitLabel={t.vis} choice={facilities} defaultPeriod={wholeMonths} onShow={onShow}>
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
