import { Table } from '@digdir/designsystemet-react';
import type { AssessmentReading } from '../api/useAssessments';
import type { Instrument } from '../api/useInstruments';
import { formatScore } from '../format';
import { retningTekst, tekster } from '../tekster';
import { CaptionedTable } from '../../../components/CaptionedTable';

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
    <CaptionedTable caption={caption} headers={[tekster.gjelder, tekster.verdi, tekster.grense, tekster.vurdering]} size="sm">
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
    </CaptionedTable>
  );
}
