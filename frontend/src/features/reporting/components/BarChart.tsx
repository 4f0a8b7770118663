import type { ReactNode } from 'react';
import { Heading, Table } from '@digdir/designsystemet-react';

export interface ChartBar {
  /** Shown on the axis and in the table. */
  label: string;
  /** A shorter axis label (columns are narrow); the table and the summary use `label`. */
  shortLabel?: string;
  value: number;
  /** The value as text, e.g. `35 %` or `2`. */
  display: string;
}

interface ChartProps {
  /** The chart's name; the SVG's aria-label starts with it and lists every bar. */
  title: string;
  bars: ChartBar[];
  /** Horizontal bars suit long labels; vertical columns suit ordered categories such as months. */
  orientation: 'horizontal' | 'vertical';
  /** The top of the value axis; defaults to the largest value (at least 1). */
  max?: number;
}

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 190;
const VALUE_SPACE = 60;
const COLUMN_HEIGHT = 200;
const TOP = 20;
const BOTTOM = 40;
const LEFT = 8;

/** `Utflyttinger etter bosted: Kommunal utleiebolig 0, Privat leiebolig 1, …` */
export function chartSummary(title: string, bars: ChartBar[]): string {
  return bars.length === 0 ? `${title}: ingen data` : `${title}: ${bars.map((b) => `${b.label} ${b.display}`).join(', ')}`;
}

/**
 * A simple bar chart drawn as SVG. It is one image to assistive technology (role="img" with an
 * aria-label that gives every figure); the table alternative follows it on the page.
 */
export function BarChart({ title, bars, orientation, max }: ChartProps) {
  const top = Math.max(max ?? Math.max(...bars.map((b) => b.value), 0), 1);
  const label = chartSummary(title, bars);

  if (orientation === 'horizontal') {
    const height = bars.length * ROW + 8;
    const span = WIDTH - LABEL_WIDTH - VALUE_SPACE;
    return (
      <svg className="bta-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} focusable="false">
        <line className="bta-chart__axis" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} />
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const w = (bar.value / top) * span;
          return (
            <g key={bar.label}>
              <text className="bta-chart__text" x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
                {bar.shortLabel ?? bar.label}
              </text>
              <rect className="bta-chart__bar" x={LABEL_WIDTH} y={y + 4} width={w} height={ROW - 8} />
              <text className="bta-chart__text" x={LABEL_WIDTH + w + 6} y={y + ROW / 2} dominantBaseline="middle">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
    );
  }

  const height = TOP + COLUMN_HEIGHT + BOTTOM;
  const slot = (WIDTH - LEFT * 2) / Math.max(bars.length, 1);
  const columnWidth = Math.min(slot * 0.7, 60);
  const baseline = TOP + COLUMN_HEIGHT;
  return (
    <svg className="bta-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} focusable="false">
      {[0.5, 1].map((f) => (
        <line key={f} className="bta-chart__grid" x1={LEFT} x2={WIDTH - LEFT} y1={baseline - f * COLUMN_HEIGHT} y2={baseline - f * COLUMN_HEIGHT} />
      ))}
      <line className="bta-chart__axis" x1={LEFT} x2={WIDTH - LEFT} y1={baseline} y2={baseline} />
      {bars.map((bar, i) => {
        const h = (bar.value / top) * COLUMN_HEIGHT;
        const cx = LEFT + slot * i + slot / 2;
        const [first, second] = (bar.shortLabel ?? bar.label).split('\n');
        return (
          <g key={bar.label}>
            <rect className="bta-chart__bar" x={cx - columnWidth / 2} y={baseline - h} width={columnWidth} height={h} />
            <text className="bta-chart__text" x={cx} y={baseline - h - 5} textAnchor="middle">
              {bar.display}
            </text>
            <text className="bta-chart__text" x={cx} y={baseline + 16} textAnchor="middle">
              {first}
            </text>
            {second && (
              <text className="bta-chart__text" x={cx} y={baseline + 31} textAnchor="middle">
                {second}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

interface FigureProps extends ChartProps {
  id: string;
  /** Caption of the table alternative. */
  tableCaption: string;
  /** Column headings of the table: the category and the value. */
  headers: [string, string, ...string[]];
  /** Extra cells per bar (after the value), for figures that belong in the table only. */
  extraCells?: (bar: ChartBar, index: number) => ReactNode[];
  /** Shown between heading and chart, e.g. a note about the period. */
  note?: ReactNode;
}

/**
 * A chart with a heading and its table alternative (WCAG 1.1.1): the same figures in a visible,
 * captioned table right below the chart.
 */
export function ChartWithTable({ id, title, tableCaption, headers, extraCells, note, ...chart }: FigureProps) {
  const headingId = `${id}-tittel`;
  return (
    <section aria-labelledby={headingId} className="bta-stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {note}
      <BarChart title={title} {...chart} />
      <div className="bta-table-scroll">
        <Table zebra border data-size="sm">
          <caption>{tableCaption}</caption>
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
            {chart.bars.map((bar, i) => (
              <Table.Row key={bar.label}>
                <Table.HeaderCell scope="row">{bar.label}</Table.HeaderCell>
                <Table.Cell className="bta-num">{bar.display}</Table.Cell>
                {(extraCells?.(bar, i) ?? []).map((cell, c) => (
                  <Table.Cell key={c} className="bta-num">
                    {cell}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
