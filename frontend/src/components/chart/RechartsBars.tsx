import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../format';
import type { ChartOrientation, DrawnBar } from './BarChart';

/*
 * The drawing of the charts with recharts, loaded on demand (it is a third of the bundle and only
 * the pages with charts need it). The accessible wrapper, the name and the table are in BarChart.tsx.
 *
 * Colours from Designsystemet (light and dark themes): the bars (accent base) have at least 3:1
 * against the page (WCAG 1.4.11), all text (neutral text default) at least 4.5:1 (1.4.3), and the
 * axis lines (neutral border default) at least 3:1. Grid lines are only a reading aid.
 */
const BAR = 'var(--ds-color-accent-base-default)';
const TEXT = 'var(--ds-color-neutral-text-default)';
const AXIS = 'var(--ds-color-neutral-border-default)';
const GRID = 'var(--ds-color-neutral-border-subtle)';
const FONT_SIZE = 12;

/** Width the chart is drawn at until its container has been measured (and in tests, where nothing is). */
const INITIAL_WIDTH = 640;
const CATEGORY_WIDTH = 190;
/** More columns than this get no value labels (they would overlap): the value axis and the table give them. */
export const MAX_LABELLED_COLUMNS = 12;

export interface RechartsBarsProps {
  bars: DrawnBar[];
  orientation: ChartOrientation;
  /** The top of the value axis. */
  top: number;
  /** Pixel height of the chart; the width follows the container. */
  height: number;
  formatValue?: (value: number) => string;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: unknown };
}

/** A category label on the axis, in up to two lines (`jan.\n2026`). */
function CategoryTick({ x, y, textAnchor, payload, below }: TickProps & { below: boolean }) {
  const lines = String(payload?.value ?? '').split('\n');
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill={TEXT} fontSize={FONT_SIZE}>
      {lines.map((line, i) => (
        // Below the columns the first line hangs from the tick; beside the bars it is centred on it.
        <tspan key={i} x={x} dy={i > 0 ? '1.2em' : below ? '0.71em' : '0.355em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Bars (horizontal, for long labels) or columns (vertical) with the value on each, a value axis
 * in Norwegian number format and the full width of the container. recharts' own keyboard and
 * screen-reader layer is off (the wrapper is one image and the table has the figures), and so is
 * animation: the bars are drawn at once, so contrast can be measured at any time.
 */
export default function RechartsBars({ bars, orientation, top, height, formatValue = formatNumber }: RechartsBarsProps) {
  // `valueText`, not `display`: recharts passes the entry's fields on to the SVG shapes.
  const data = bars.map((b) => ({ axisLabel: b.shortLabel ?? b.label, value: b.value, valueText: b.display }));
  const valueTick = { fill: TEXT, fontSize: FONT_SIZE };
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
      {orientation === 'horizontal' ? (
        <BarChart layout="vertical" data={data} accessibilityLayer={false} margin={{ top: 4, right: 56, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" domain={[0, top]} allowDecimals={false} tickFormatter={formatValue} tick={valueTick} stroke={AXIS} />
          <YAxis
            type="category"
            dataKey="axisLabel"
            width={CATEGORY_WIDTH}
            interval={0}
            tick={(props: TickProps) => <CategoryTick {...props} below={false} />}
            stroke={AXIS}
          />
          <Bar dataKey="value" fill={BAR} maxBarSize={24} isAnimationActive={false}>
            <LabelList dataKey="valueText" position="right" fill={TEXT} fontSize={FONT_SIZE} />
          </Bar>
        </BarChart>
      ) : (
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 24, right: 8, bottom: 4, left: 4 }}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            type="category"
            dataKey="axisLabel"
            interval={bars.length > MAX_LABELLED_COLUMNS ? 'equidistantPreserveStart' : 0}
            height={40}
            tick={(props: TickProps) => <CategoryTick {...props} below />}
            stroke={AXIS}
          />
          <YAxis
            type="number"
            domain={[0, top]}
            allowDecimals={false}
            tickFormatter={formatValue}
            tick={valueTick}
            width={56}
            stroke={AXIS}
          />
          <Bar dataKey="value" fill={BAR} maxBarSize={60} isAnimationActive={false}>
            {bars.length <= MAX_LABELLED_COLUMNS && <LabelList dataKey="valueText" position="top" fill={TEXT} fontSize={FONT_SIZE} />}
          </Bar>
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
