import { Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ChartWithTable, type ChartBar } from '../../../components/chart/BarChart';
import { useAssessments, type Assessment, type InstrumentId } from '../api/useAssessments';
import type { Instrument } from '../api/useInstruments';
import { formatChange, formatScore } from '../format';
import { tekster } from '../tekster';
import { scopeLabel } from './ReadingsTable';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { Section } from '../../../components/Section';

/** Dates as labels, unique even when two assessments share a date (`03.02.2025 (2)`). */
function dateLabels(assessments: Assessment[]): string[] {
  const seen = new Map<string, number>();
  return assessments.map((a) => {
    const date = formatDate(a.takenOn);
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? date : `${date} (${n})`;
  });
}

/** The readings that are met, e.g. "Sum: Mulig risikofylt alkoholbruk", or "Ingen". */
function metReadings(instrument: Instrument, assessment: Assessment): string {
  const met = assessment.readings.filter((r) => r.met);
  return met.length === 0 ? tekster.ingen : met.map((r) => `${scopeLabel(instrument, r.scope)}: ${r.reading}`).join('; ');
}

/** Instruments with a total: the total over time as columns, with the table (date, total, change, readings met). */
function TotalHistory({ instrument, assessments }: { instrument: Instrument; assessments: Assessment[] }) {
  const labels = dateLabels(assessments);
  const bars: ChartBar[] = assessments.map((a, i) => ({
    label: labels[i]!,
    shortLabel: labels[i]!.replace(/\.(\d{4})/, '.\n$1'),
    value: a.total ?? 0,
    display: a.total === undefined || a.total === null ? '–' : formatScore(a.total),
  }));
  return (
    <ChartWithTable
      id="historikk-sum"
      title={tekster.sumOverTid(instrument.name)}
      tableCaption={tekster.historikkTabell}
      headers={[tekster.dato, tekster.sum, tekster.endring, tekster.naddeGrenser]}
      extraCells={(_, i) => [formatChange(assessments[i]!.changeSincePrevious), metReadings(instrument, assessments[i]!)]}
      orientation="vertical"
      max={instrument.max}
      bars={bars}
    />
  );
}

/** EuropASI (no total): every assessment in a table, and each area's rating on the latest one as bars. */
function AreaHistory({ instrument, assessments }: { instrument: Instrument; assessments: Assessment[] }) {
  const latest = assessments[assessments.length - 1]!;
  const labels = dateLabels(assessments);
  const over = (a: Assessment) => {
    const met = a.readings.filter((r) => r.met).map((r) => scopeLabel(instrument, r.scope));
    return met.length === 0 ? tekster.ingen : met.join(', ');
  };
  return (
    <>
      <ChartWithTable
        id="historikk-omrader"
        title={tekster.omrader(formatDate(latest.takenOn))}
        tableCaption={tekster.omraderTabell}
        headers={[tekster.omrade, tekster.alvorlighet, tekster.vurdering]}
        extraCells={(_, i) => {
          const r = latest.readings.find((x) => x.scope === instrument.items[i]?.id);
          return [r?.met ? `${tekster.nadd}: ${r.reading}` : tekster.ikkeNadd];
        }}
        orientation="horizontal"
        max={instrument.max}
        bars={instrument.items.map((item) => {
          const value = latest.answers[item.id];
          return {
            label: item.text,
            value: value ?? 0,
            display: value === undefined ? '–' : formatScore(value),
          };
        })}
      />
      <CaptionedTable
        caption={tekster.historikkEuropasi}
        headers={[tekster.dato, ...instrument.items.map((item) => item.text), tekster.omraderOverGrense]}
        size="sm"
      >
        {assessments.map((a, i) => (
          <Table.Row key={a.id}>
            <Table.HeaderCell scope="row">{labels[i]}</Table.HeaderCell>
            {instrument.items.map((item) => (
              <Table.Cell key={item.id} className="bta-num">
                {a.answers[item.id] === undefined ? '–' : formatScore(a.answers[item.id]!)}
              </Table.Cell>
            ))}
            <Table.Cell>{over(a)}</Table.Cell>
          </Table.Row>
        ))}
      </CaptionedTable>
    </>
  );
}

/** The resident's assessments with the chosen instrument, oldest first. */
export function AssessmentHistory({ personId, instrument }: { personId: string; instrument: Instrument }) {
  const { data, error, isPending } = useAssessments(personId, instrument.id as InstrumentId);
  return (
    <Section id="historikk-tittel" heading={tekster.historikk}>
      {isPending ? (
        <Loading text={tekster.henterHistorikk} />
      ) : error ? (
        <ProblemAlert error={error} heading={tekster.historikkFeil} />
      ) : data.length === 0 ? (
        <Paragraph>{tekster.ingenHistorikk}</Paragraph>
      ) : instrument.total === 'NONE' ? (
        <AreaHistory instrument={instrument} assessments={data} />
      ) : (
        <TotalHistory instrument={instrument} assessments={data} />
      )}
    </Section>
  );
}
