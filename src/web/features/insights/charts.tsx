import type { ReactNode } from 'react';

/*
 * Charts are drawn by hand as small SVGs and HTML bars rather than with a charting library:
 * there are only four simple shapes (bars, stacked bars, three-point lines, intervals), so a
 * library would add weight and its own inline styles (which the CSP's style-src 'self' refuses)
 * without adding anything a person sees. Colours come from the stylesheet (light and dark),
 * every SVG is hidden from assistive technology, and every chart sits in a <figure> whose
 * caption says what it shows and how many entries it stands on, next to a visually hidden
 * table with the same numbers.
 */

const W = 360;
const H = 190;
const PAD = { top: 12, right: 8, bottom: 28, left: 30 };

function niceMax(value: number): number {
  if (value <= 4) return 4;
  if (value <= 10) return 10;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function yTicks(max: number): number[] {
  return [0, max / 2, max].map((v) => Math.round(v * 10) / 10);
}

/** Every nth label, so a long period doesn't crowd the axis. */
function labelEvery(count: number): number {
  return Math.max(1, Math.ceil(count / 6));
}

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
  return (
    <figure className="chart">
      <figcaption className="chart-caption">
        {caption} <span className="chart-basis">{basis}</span>
      </figcaption>
      {enough ? (
        <>
          {children}
          {legend}
          <div className="visually-hidden">{table}</div>
        </>
      ) : (
        <div className="chart-empty">
          <p className="chart-empty-title">Not enough data yet</p>
          <p>{notEnough}</p>
        </div>
      )}
    </figure>
  );
}

export interface Segment {
  key: string;
  value: number;
  className: string;
}

/** Vertical bars, one per week; each bar may be stacked from segments. */
export function WeekBars({ weeks }: { weeks: { label: string; segments: Segment[] }[] }) {
  const totals = weeks.map((w) => w.segments.reduce((s, x) => s + x.value, 0));
  const max = niceMax(Math.max(1, ...totals));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, weeks.length);
  const barW = Math.max(3, Math.min(36, slot * 0.7));
  const every = labelEvery(weeks.length);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {yTicks(max).map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
          <text className="chart-text" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {weeks.map((w, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        let top = 0;
        return (
          <g key={w.label + i}>
            {w.segments.map((s) => {
              if (s.value <= 0) return null;
              const y0 = y(top);
              top += s.value;
              const y1 = y(top);
              return <rect key={s.key} className={s.className} x={x} y={y1} width={barW} height={Math.max(0, y0 - y1)} rx={2} />;
            })}
            {i % every === 0 ? (
              <text className="chart-text" x={x + barW / 2} y={H - 8} textAnchor="middle">
                {w.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export interface LineSeries {
  key: string;
  className: string;
  /** One value per x position; null leaves a gap. */
  values: (number | null)[];
}

/** A few points per series on a 0–10 scale, equally spaced, joined where both ends exist. */
export function PointLines({ xLabels, series }: { xLabels: string[]; series: LineSeries[] }) {
  const innerW = W - PAD.left - PAD.right - 40;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + 20 + (xLabels.length <= 1 ? innerW / 2 : (i / (xLabels.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / 10) * innerH;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {[0, 5, 10].map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
          <text className="chart-text" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {xLabels.map((l, i) => (
        <text key={l} className="chart-text" x={x(i)} y={H - 8} textAnchor="middle">
          {l}
        </text>
      ))}
      {series.map((s) => (
        <g key={s.key} className={s.className}>
          {s.values.map((v, i) => {
            const next = s.values[i + 1];
            return v !== null && next !== null && next !== undefined ? (
              <line key={`l${i}`} className="chart-line" x1={x(i)} y1={y(v)} x2={x(i + 1)} y2={y(next)} />
            ) : null;
          })}
          {s.values.map((v, i) => (v !== null ? <circle key={`p${i}`} className="chart-point" cx={x(i)} cy={y(v)} r={5} /> : null))}
        </g>
      ))}
    </svg>
  );
}

/** Horizontal bars with their labels and numbers as text, for ranked lists. */
export function RankBars({ rows }: { rows: { key: string; label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ol className="rank-bars" aria-hidden="true">
      {rows.map((r) => (
        <li key={r.key} className="rank-row">
          <span className="rank-label">{r.label}</span>
          <span className="rank-track">
            {/* Widths are data, set through the DOM by React (allowed by the CSP), never as an inline style attribute in HTML. */}
            <span className="rank-bar" style={{ width: `${Math.max(2, (r.value / max) * 100)}%` }} />
          </span>
          <span className="rank-value">{r.text}</span>
        </li>
      ))}
    </ol>
  );
}

/** Mean change with its 95% interval, on one shared scale that includes zero. */
export function Intervals({ rows }: { rows: { key: string; label: string; mean: number; ci: [number, number] | null; text: string }[] }) {
  const lo = Math.min(0, ...rows.map((r) => r.ci?.[0] ?? r.mean));
  const hi = Math.max(1, ...rows.map((r) => r.ci?.[1] ?? r.mean));
  const pos = (v: number) => ((v - lo) / (hi - lo)) * 100;
  return (
    <ol className="rank-bars intervals" aria-hidden="true">
      {rows.map((r) => (
        <li key={r.key} className="rank-row">
          <span className="rank-label">{r.label}</span>
          <span className="rank-track interval-track">
            <span className="interval-zero" style={{ left: `${pos(0)}%` }} />
            {r.ci ? (
              <span
                className="interval-range"
                style={{ left: `${pos(r.ci[0])}%`, width: `${Math.max(0.5, pos(r.ci[1]) - pos(r.ci[0]))}%` }}
              />
            ) : null}
            <span className="interval-mean" style={{ left: `${pos(r.mean)}%` }} />
          </span>
          <span className="rank-value">{r.text}</span>
        </li>
      ))}
    </ol>
  );
}
