import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { RechartsBarsProps } from './RechartsBars';
import './chart.css';
import { felles } from '../tekster';
import { CaptionedTable } from '../CaptionedTable';

export interface ChartBar {
  /** Shown in the table (and on the axis unless there is a `shortLabel`). */
  label: string;
  /** A shorter axis label (columns are narrow); `\n` breaks it in two lines. The table uses `label`. */
  shortLabel?: string;
  /** null: a figure that is not shown (e.g. hidden as a small count); it is left out of the drawing, the table has it. */
  value: number | null;
  /** The value as text, e.g. `35 %`, `2` or `<5`. */
  display: string;
}

/** A bar that is drawn: one with a value. */
export type DrawnBar = ChartBar & { value: number };

export type ChartOrientation = 'horizontal' | 'vertical';

interface ChartProps {
  /** The chart's name; the accessible name of the chart starts with it. */
  title: string;
  bars: ChartBar[];
  /** Horizontal bars suit long labels; vertical columns suit ordered categories such as months. */
  orientation: ChartOrientation;
  /** The top of the value axis; defaults to the largest value (at least 1). */
  max?: number;
  /** The value axis' tick labels, e.g. `50 %`; defaults to whole numbers in Norwegian format. */
  formatValue?: (value: number) => string;
}

const ROW = 32;
const COLUMN_AREA = 220;

/** `Botid: søylediagram. Tallene står i tabellen under.` — the chart's accessible name. */
export function chartLabel(title: string, orientation: ChartOrientation): string {
  return felles.diagram.navn(title, felles.diagram[orientation]);
}

/**
 * The drawing (recharts) is a chunk of its own, fetched from this origin when a chart is first
 * shown. Should that fail, the chart stays empty: the table below has the figures.
 */
const RechartsBars = lazy<ComponentType<RechartsBarsProps>>(() => import('./RechartsBars').catch(() => ({ default: () => null })));

/**
 * A bar chart drawn with recharts. It is one image to assistive technology: a wrapper with
 * role="img" names the chart and says the figures are in the table below it. The drawing inside
 * has nothing focusable, so the chart is no keyboard stop.
 */
export function BarChart({ title, bars: all, orientation, max, formatValue }: ChartProps) {
  const bars = all.filter((b): b is DrawnBar => b.value !== null);
  const top = Math.max(max ?? Math.max(...bars.map((b) => b.value), 0), 1);
  const height = orientation === 'horizontal' ? bars.length * ROW + 36 : COLUMN_AREA + 64;
  return (
    <div className="bta-chart" role="img" aria-label={chartLabel(title, orientation)}>
      <Suspense fallback={<div style={{ height }} />}>
        <RechartsBars bars={bars} orientation={orientation} top={top} height={height} formatValue={formatValue} />
      </Suspense>
    </div>
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
  /** Shown under the table, e.g. why some figures are hidden. */
  footer?: ReactNode;
}

/**
 * A chart with a heading and its table alternative (WCAG 1.1.1): the same figures in a visible,
 * captioned table right below the chart.
 */
export function ChartWithTable({ id, title, tableCaption, headers, extraCells, note, footer, ...chart }: FigureProps) {
  const headingId = `${id}-tittel`;
  return (
    <section aria-labelledby={headingId} className="bta-stack">
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {note}
      {chart.bars.every((b) => b.value === null) ? (
        <Paragraph>{felles.diagram.ingenTall}</Paragraph>
      ) : (
        <BarChart title={title} {...chart} />
      )}
      <CaptionedTable caption={tableCaption} headers={headers} size="sm">
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
      </CaptionedTable>
      {footer}
    </section>
  );
}
