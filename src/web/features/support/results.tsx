import type { TFunction } from 'i18next';
import type { Assessment } from '../../../contracts/support/assessments.js';
import type { Instrument } from '../../../contracts/support/instruments.js';
import { useTranslation } from '../../i18n/i18n.js';
import { AttachmentPlot } from './AttachmentPlot.js';

type T = TFunction<'questionnaires'>;

/** Short names for lists and headings; the full published name is on the questionnaire's own page. */
export const SHORT_NAMES: Record<string, string> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  ucla3: 'UCLA-3',
  'ecr-rs': 'ECR-RS',
  csi4: 'CSI-4',
};

const INSTRUMENTS = ['phq9', 'gad7', 'ucla3', 'ecr-rs', 'csi4'] as const;

/** What a questionnaire asks about, in a line. */
export function about(t: T, id: string): string {
  return (INSTRUMENTS as readonly string[]).includes(id) ? t(`about.${id as (typeof INSTRUMENTS)[number]}`) : '';
}

function maxOf(instrument: Instrument): number | null {
  return instrument.scoring.method === 'sum' ? instrument.scoring.max : null;
}

const BANDS = [
  'minimal',
  'mild',
  'moderate',
  'moderately-severe',
  'severe',
  'no-notable-dissatisfaction',
  'notable-relationship-dissatisfaction',
] as const;

/** A band's published label, in the person's language (the instruments carry the English). */
function bandName(t: T, band: string): string {
  const key = band.replace(/ /g, '-');
  return (BANDS as readonly string[]).includes(key) ? t(`result.bands.${key as (typeof BANDS)[number]}`) : band;
}

/** "Score 12 of 27 — in the moderate range": the band's published label, lower key. */
export function scoreLine(t: T, instrument: Instrument, a: Assessment): string {
  if (a.total === null) return '';
  if (instrument.id === 'ucla3') return t('result.scoreUcla', { total: a.total });
  const args = { total: a.total, max: maxOf(instrument) ?? '' };
  if (!a.band) return t('result.score', args);
  const band = bandName(t, a.band);
  return instrument.id === 'phq9' || instrument.id === 'gad7'
    ? t('result.scoreRange', { ...args, band })
    : t('result.scoreBand', { ...args, band });
}

/** A few kind words on what the result may mean, never a diagnosis. */
export function explanation(t: T, instrument: Instrument, a: Assessment): string {
  const high = a.band === 'moderate' || a.band === 'moderately severe' || a.band === 'severe';
  switch (instrument.id) {
    case 'phq9':
      return t(high ? 'result.explain.phq9High' : 'result.explain.phq9Low');
    case 'gad7':
      return t(high ? 'result.explain.gad7High' : 'result.explain.gad7Low');
    case 'ucla3':
      return t('result.explain.ucla3');
    case 'csi4':
      return t(a.band === 'notable relationship dissatisfaction' ? 'result.explain.csi4Low' : 'result.explain.csi4High');
    case 'ecr-rs':
      return t('result.explain.ecr');
    default:
      return '';
  }
}

function moved(n: number): { dir: 'up' | 'down' | 'none'; n: number } {
  const r = Math.round(n * 100) / 100;
  return { dir: r > 0 ? 'up' : r < 0 ? 'down' : 'none', n: Math.abs(r) };
}

/** Change since the last time, in plain words. */
export function changeLine(t: T, instrument: Instrument, a: Assessment): string | null {
  if (!a.change) return null;
  if (a.change.reliable === 'improvement') return t('result.change.improvement');
  if (a.change.reliable === 'worsening') return t('result.change.worsening');
  const d = a.change.difference;
  if (instrument.id === 'ecr-rs') {
    const parts = [
      d.anxiety !== undefined ? t('result.change.anxiety', moved(d.anxiety)) : null,
      d.avoidance !== undefined ? t('result.change.avoidance', moved(d.avoidance)) : null,
    ].filter(Boolean);
    return parts.length ? t('result.change.ecr', { parts: parts.join(', ') }) : null;
  }
  if (d.total === undefined) return null;
  if (d.total === 0) return t('result.change.same');
  return t('result.change.total', { up: d.total > 0 ? 'yes' : 'no', n: Math.abs(d.total) });
}

export function Result({
  instrument,
  assessment,
  headingLevel = 2,
}: {
  instrument: Instrument;
  assessment: Assessment;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('questionnaires');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const change = changeLine(t, instrument, assessment);
  const sub = assessment.subscales;
  return (
    <div className="assessment-result">
      <H className="result-score">{assessment.total !== null ? scoreLine(t, instrument, assessment) : t('result.twoDimensions')}</H>
      {instrument.id === 'ucla3' ? <p className="muted">{t('result.uclaNote')}</p> : null}
      {sub && sub.anxiety !== undefined && sub.avoidance !== undefined ? (
        <AttachmentPlot anxiety={sub.anxiety} avoidance={sub.avoidance} />
      ) : null}
      <p>{explanation(t, instrument, assessment)}</p>
      {change ? <p className="result-change">{change}</p> : null}
      <p className="result-note">{t('result.screening')}</p>
      <p className="result-source">
        <span className="muted">{t('result.source')} </span>
        <span className="sources">{instrument.source}</span>
      </p>
    </div>
  );
}
