import { Table } from '@digdir/designsystemet-react';
import type { AssessmentReading } from '../api/useAssessments';
import type { Instrument } from '../api/useInstruments';
import { formatScore } from '../format';
import { retningTekst, tekster } from '../tekster';

/** `TOTAL` → "Sum", an item id → the item's text. */
export function scopeLabel(instrument: Instrument | undefined, scope: string): string {
  if (scope === 'TOTAL') return tekster.sum;
  return instrument?.items.find((item) => item.id === scope)?.text ?? scope;
}

interface Props {
  instrument: Instrument | undefined;
  readings: AssessmentReading[];
  caption: string;
}

/** Each reading against a cut-off: what it concerns, the value, the cut-off (with its source) and whether it is met. */
export function ReadingsTable({ instrument, readings, caption }: Props) {
  return (
    <div className="bta-table-scroll">
      <Table zebra border data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{tekster.gjelder}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.verdi}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.grense}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{tekster.vurdering}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {readings.map((r, i) => (
            <Table.Row key={`${r.scope}-${r.cutoff}-${i}`}>
              <Table.HeaderCell scope="row">{scopeLabel(instrument, r.scope)}</Table.HeaderCell>
              <Table.Cell className="bta-num">{formatScore(r.value)}</Table.Cell>
              <Table.Cell>
                {retningTekst[r.direction]} {formatScore(r.cutoff)}
                <br />
                <small className="bta-subtle">
                  {tekster.kilde}: {r.source}
                </small>
              </Table.Cell>
              <Table.Cell>{r.met ? `${tekster.nadd}: ${r.reading}` : tekster.ikkeNadd}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
