import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { useTranslation } from '../../../i18n/i18n.js';
import { useReducedMotion } from '../../../lib/useReducedMotion.js';

/*
 * Charts are drawn by recharts, always the same way:
 * - the picture is hidden from assistive technology (`aria-hidden` and no accessibility layer, so
 *   nothing in it takes focus); every chart sits in a <figure> whose caption says what it shows and
 *   how many entries it stands on, next to a visually hidden table with the same numbers;
 * - colours never come from props: series get `currentColor` and a class, and the stylesheet sets
 *   `color` (light and dark) and restyles recharts' own class names (axes, grid), so the CSP's
 *   style-src 'self' and dark mode both hold;
 * - nothing moves when the person asked their device for reduced motion.
 */

export interface ChartFigureProps {
  caption: ReactNode;
  /** Entries the chart stands on, shown with the caption. */
  basis: string;
  enough: boolean;
  notEnough: ReactNode;
  children: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
}

/** The frame every chart shares: caption, basis, the picture (or "not enough data yet"), and the hidden table. */
export function ChartFigure({ caption, basis, enough, notEnough, children, table, legend }: ChartFigureProps) {
  const { t } = useTranslation('insights');
  return (
    <figure className="chart">
      <figcaption className="chart-caption">
        {caption} <span className="chart-basis">{basis}</span>
      </figcaption>
      {enough ? (
        <>
          <div className="chart-plot" aria-hidden="true">
            {children}
          </div>
          {legend}
          <div className="visually-hidden">{table}</div>
        </>
      ) : (
        <div className="chart-empty">
          <p className="chart-empty-title">{t('notEnough')}</p>
          <p>{notEnough}</p>
        </div>
      )}
    </figure>
  );
}

/** What every recharts chart here is given: sized by the stylesheet, silent to screen readers, still when asked. */
function baseProps(className: string) {
  return { responsive: true, accessibilityLayer: false, className: `chart-svg ${className}` } as const;
}

const TICK = { fill: 'currentColor', className: 'chart-text' } as const;
/** Small numbers read best as whole-number ticks. */
const Y_AXIS = { allowDecimals: false, tickLine: false, axisLine: false, width: 30, tick: TICK } as const;

export interface Series {
  key: string;
  /** A class that sets `color`, e.g. "tone-sought". */
  tone: string;
}

/** Vertical bars, one per week; several series are stacked. */
export function WeekBars({ weeks, series }: { weeks: ({ label: string } & Record<string, number | string>)[]; series: Series[] }) {
  const animate = !useReducedMotion();
  return (
    <BarChart {...baseProps('chart-weeks')} data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="label" tick={TICK} tickLine={false} interval="preserveStartEnd" minTickGap={12} />
      <YAxis {...Y_AXIS} />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          stackId={series.length > 1 ? 'week' : undefined}
          className={s.tone}
          fill="currentColor"
          maxBarSize={36}
          isAnimationActive={animate}
        />
      ))}
    </BarChart>
  );
}

export interface LineSeries extends Series {
  /** One value per x position; null leaves a gap. */
  values: (number | null)[];
  dashed?: boolean;
}

/** A few points per series on a 0–10 scale, joined where both ends exist. */
export function PointLines({ xLabels, series }: { xLabels: string[]; series: LineSeries[] }) {
  const animate = !useReducedMotion();
  const data = xLabels.map((label, i) => {
    const row: Record<string, string | number | null> = { label };
    for (const s of series) row[s.key] = s.values[i] ?? null;
    return row;
  });
  return (
    <LineChart {...baseProps('chart-lines')} data={data} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} />
      {/* Every label forced in ran the dates together on a phone: recharts drops the ones that would touch. */}
      <XAxis dataKey="label" tick={TICK} tickLine={false} padding={{ left: 28, right: 28 }} interval="preserveStartEnd" minTickGap={16} />
      <YAxis {...Y_AXIS} domain={[0, 10]} ticks={[0, 5, 10]} />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          className={s.tone}
          stroke="currentColor"
          strokeWidth={3}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          // Dots are drawn in a layer of their own, outside the line's group, so they carry the colour class too.
          dot={{ r: 5, fill: 'currentColor', strokeWidth: 0, className: s.tone }}
          isAnimationActive={animate}
        />
      ))}
    </LineChart>
  );
}

export interface Row {
  key: string;
  label: string;
  /** The row's numbers in words, e.g. "6 times · strength 5.2". */
  text: string;
}

/** Each row is a band of 4rem: its name, its numbers, then its bar (centred in the band's lower part). */
const ROW_REM = 4;
const rowsHeight = (n: number) => `${n * ROW_REM + 0.75}rem`;
const ROWS_MARGIN = { top: 12, right: 8, bottom: 0, left: 8 };

/** What both row charts share: one band per row, laid out sideways, as tall as their rows need. */
function rowsProps(count: number) {
  return {
    ...baseProps('chart-rows'),
    style: { height: rowsHeight(count) },
    layout: 'vertical',
    margin: ROWS_MARGIN,
    barCategoryGap: 0,
  } as const;
}

/** The row's name and, beneath it, its numbers, on the lines above its bar, from the plot's left edge (no axis is drawn). */
function rowWords(rows: Row[]) {
  return function RowWords(props: LabelProps & { index?: number }) {
    const row = rows[props.index ?? -1];
    const box = props.viewBox as { y?: number } | undefined;
    if (!row || box?.y === undefined) return null;
    const label = row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label;
    return (
      <g className="chart-row-words">
        <text x={ROWS_MARGIN.left} y={box.y - 24} className="chart-row-label" fill="currentColor">
          {label}
        </text>
        <text x={ROWS_MARGIN.left} y={box.y - 7} className="chart-text" fill="currentColor">
          {row.text}
        </text>
      </g>
    );
  };
}

/** Horizontal bars, longest first, for ranked lists. */
export function RankBars({ rows }: { rows: (Row & { value: number })[] }) {
  const animate = !useReducedMotion();
  return (
    <BarChart {...rowsProps(rows.length)} data={rows}>
      <XAxis type="number" hide domain={[0, 'dataMax']} />
      <YAxis type="category" dataKey="key" hide />
      <Bar
        dataKey="value"
        className="tone-primary"
        fill="currentColor"
        barSize={14}
        radius={7}
        background={{ className: 'chart-track', fill: 'currentColor', radius: 7 }}
        isAnimationActive={animate}
      >
        <LabelList content={rowWords(rows)} />
      </Bar>
    </BarChart>
  );
}

/** Mean change with its 95% interval as an error bar, on one shared scale that includes zero. */
export function Intervals({ rows }: { rows: (Row & { mean: number; ci: [number, number] | null })[] }) {
  const animate = !useReducedMotion();
  // ErrorBar wants distances from the mean, below and above.
  const data = rows.map((r) => ({ ...r, spread: r.ci ? [r.mean - r.ci[0], r.ci[1] - r.mean] : [0, 0] }));
  const lo = Math.floor(Math.min(0, ...rows.map((r) => r.ci?.[0] ?? r.mean)));
  const hi = Math.ceil(Math.max(1, ...rows.map((r) => r.ci?.[1] ?? r.mean)));
  return (
    <ComposedChart {...rowsProps(rows.length)} data={data}>
      <XAxis type="number" hide domain={[lo, hi]} />
      <YAxis type="category" dataKey="key" hide />
      <ReferenceLine x={0} className="chart-zero" stroke="currentColor" strokeDasharray="4 3" />
      <Bar dataKey="mean" className="tone-primary" fill="currentColor" barSize={10} radius={5} isAnimationActive={animate}>
        <ErrorBar
          dataKey="spread"
          direction="x"
          width={12}
          strokeWidth={2}
          stroke="currentColor"
          className="chart-interval"
          isAnimationActive={animate}
        />
        <LabelList content={rowWords(rows)} />
      </Bar>
    </ComposedChart>
  );
}
