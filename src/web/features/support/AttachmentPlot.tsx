import { useId } from 'react';
import { Trans, useTranslation } from '../../i18n/i18n.js';
import { formatNumber } from '../../lib/dates.js';

const SIZE = 240;
const PAD = 36;
const span = SIZE - PAD * 2;
/** 1–7 onto the plot, anxiety across, avoidance up. */
const x = (v: number) => PAD + ((v - 1) / 6) * span;
const y = (v: number) => SIZE - PAD - ((v - 1) / 6) * span;

/** Two decimals at most, written the way the person's language writes them ("4,5"). */
function fmt(n: number): string {
  return formatNumber(Math.round(n * 100) / 100);
}

/**
 * The two ECR-RS means as one point on two axes. No quadrants, no names for regions: where the
 * point sits is described, never labelled as a type.
 */
export function AttachmentPlot({ anxiety, avoidance }: { anxiety: number; avoidance: number }) {
  const { t } = useTranslation('questionnaires');
  const titleId = useId();
  const descId = useId();
  const ticks = [1, 4, 7];
  const values = { anxiety: fmt(anxiety), avoidance: fmt(avoidance) };
  return (
    <figure className="attachment-plot">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="attachment-svg">
        <title id={titleId}>{t('plot.title')}</title>
        <desc id={descId}>{t('plot.desc', values)}</desc>
        <rect x={PAD} y={PAD} width={span} height={span} className="plot-area" />
        {ticks.map((tick) => (
          <g key={tick}>
            <text x={x(tick)} y={SIZE - PAD + 16} textAnchor="middle" className="plot-tick">
              {tick}
            </text>
            <text x={PAD - 8} y={y(tick) + 4} textAnchor="end" className="plot-tick">
              {tick}
            </text>
          </g>
        ))}
        <text x={PAD + span / 2} y={SIZE - 4} textAnchor="middle" className="plot-label">
          {t('plot.anxiety')}
        </text>
        <text x={12} y={PAD + span / 2} textAnchor="middle" className="plot-label" transform={`rotate(-90 12 ${PAD + span / 2})`}>
          {t('plot.avoidance')}
        </text>
        <circle cx={x(anxiety)} cy={y(avoidance)} r={7} className="plot-point" />
      </svg>
      <figcaption>
        <Trans t={t} i18nKey="plot.caption" values={values} components={{ strong: <strong /> }} />
      </figcaption>
    </figure>
  );
}
