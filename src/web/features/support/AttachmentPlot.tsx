import { useId } from 'react';

const SIZE = 240;
const PAD = 36;
const span = SIZE - PAD * 2;
/** 1–7 onto the plot, anxiety across, avoidance up. */
const x = (v: number) => PAD + ((v - 1) / 6) * span;
const y = (v: number) => SIZE - PAD - ((v - 1) / 6) * span;

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/**
 * The two ECR-RS means as one point on two axes. No quadrants, no names for regions: where the
 * point sits is described, never labelled as a type.
 */
export function AttachmentPlot({ anxiety, avoidance }: { anxiety: number; avoidance: number }) {
  const titleId = useId();
  const descId = useId();
  const ticks = [1, 4, 7];
  return (
    <figure className="attachment-plot">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="attachment-svg">
        <title id={titleId}>Your point on two dimensions</title>
        <desc id={descId}>
          Anxiety {fmt(anxiety)} of 7 across, avoidance {fmt(avoidance)} of 7 up.
        </desc>
        <rect x={PAD} y={PAD} width={span} height={span} className="plot-area" />
        {ticks.map((t) => (
          <g key={t}>
            <text x={x(t)} y={SIZE - PAD + 16} textAnchor="middle" className="plot-tick">
              {t}
            </text>
            <text x={PAD - 8} y={y(t) + 4} textAnchor="end" className="plot-tick">
              {t}
            </text>
          </g>
        ))}
        <text x={PAD + span / 2} y={SIZE - 4} textAnchor="middle" className="plot-label">
          Anxiety →
        </text>
        <text x={12} y={PAD + span / 2} textAnchor="middle" className="plot-label" transform={`rotate(-90 12 ${PAD + span / 2})`}>
          Avoidance →
        </text>
        <circle cx={x(anxiety)} cy={y(avoidance)} r={7} className="plot-point" />
      </svg>
      <figcaption>
        Anxiety (worry about closeness and being let down): <strong>{fmt(anxiety)}</strong> on a scale of 1 to 7. Avoidance (discomfort
        leaning on your partner or opening up): <strong>{fmt(avoidance)}</strong> on a scale of 1 to 7. Lower numbers on both mean more ease
        with closeness.
      </figcaption>
    </figure>
  );
}
