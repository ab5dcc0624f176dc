import type { Assessment } from '../../../contracts/assessments.js';
import type { Instrument } from '../../../contracts/instruments.js';
import { AttachmentPlot } from './AttachmentPlot.js';

/** Short names for lists and headings; the full published name is on the questionnaire's own page. */
export const SHORT_NAMES: Record<string, string> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  ucla3: 'UCLA-3',
  'ecr-rs': 'ECR-RS',
  csi4: 'CSI-4',
};

export const ABOUT: Record<string, string> = {
  phq9: 'Nine questions about mood, interest, sleep and energy over the last two weeks.',
  gad7: 'Seven questions about worry and tension over the last two weeks.',
  ucla3: 'Three questions about feeling connected to the people around you.',
  'ecr-rs': 'Nine statements about leaning on your partner and worrying about closeness.',
  csi4: 'Four questions about how your relationship feels to you overall.',
};

function maxOf(instrument: Instrument): number | null {
  return instrument.scoring.method === 'sum' ? instrument.scoring.max : null;
}

/** "Score 12 of 27 — in the moderate range": the band's published label, lower key. */
export function scoreLine(instrument: Instrument, a: Assessment): string {
  if (a.total === null) return '';
  if (instrument.id === 'ucla3') return `Score ${a.total}, on a scale from 3 to 9`;
  const base = `Score ${a.total} of ${maxOf(instrument) ?? ''}`;
  if (!a.band) return base;
  return instrument.id === 'phq9' || instrument.id === 'gad7' ? `${base} — in the ${a.band} range` : `${base} — ${a.band}`;
}

/** A few kind words on what the result may mean, never a diagnosis. */
export function explanation(instrument: Instrument, a: Assessment): string {
  const high = a.band === 'moderate' || a.band === 'moderately severe' || a.band === 'severe';
  switch (instrument.id) {
    case 'phq9':
      return high
        ? 'Your answers suggest low mood has been weighing on you quite a bit lately. That is worth taking seriously, and worth talking over with a doctor or therapist who can look at the whole picture with you.'
        : 'Your answers suggest low mood has not been taking up much room lately, or only some. Checking in now and then helps you notice how things move.';
    case 'gad7':
      return high
        ? 'Your answers suggest worry and tension have been hard to set down lately. Many people find it helps to talk this through with a professional, and you deserve that support.'
        : 'Your answers suggest worry has been fairly manageable lately, or only somewhat in the way. Noticing it is already a kind thing to do for yourself.';
    case 'ucla3':
      return 'Higher scores mean feeling lonelier more often. There is no cut-off here: it is a way to notice how connected you feel, and how that changes over time.';
    case 'csi4':
      return a.band === 'notable relationship dissatisfaction'
        ? 'Your answers suggest the relationship has been feeling less satisfying to you lately. That happens to many couples, and it can change; a couples therapist can help you both find your way.'
        : 'Your answers suggest the relationship feels fairly satisfying to you right now. Higher scores mean more satisfied.';
    case 'ecr-rs':
      return 'These two numbers describe where you are right now on two dimensions, not what kind of person you are. They can shift with time, with safety, and with practice.';
    default:
      return '';
  }
}

function signed(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r > 0 ? `up ${r}` : r < 0 ? `down ${Math.abs(r)}` : 'no change';
}

/** Change since the last time, in plain words. */
export function changeLine(instrument: Instrument, a: Assessment): string | null {
  if (!a.change) return null;
  if (a.change.reliable === 'improvement')
    return 'Since last time: a reliable improvement — a change bigger than day-to-day ups and downs.';
  if (a.change.reliable === 'worsening')
    return 'Since last time: a reliable worsening — a change bigger than day-to-day ups and downs. Be gentle with yourself, and consider reaching out.';
  const d = a.change.difference;
  if (instrument.id === 'ecr-rs') {
    const parts = [
      d.anxiety !== undefined ? `anxiety ${signed(d.anxiety)}` : null,
      d.avoidance !== undefined ? `avoidance ${signed(d.avoidance)}` : null,
    ].filter(Boolean);
    return parts.length ? `Since last time: ${parts.join(', ')}.` : null;
  }
  if (d.total === undefined) return null;
  if (d.total === 0) return 'Since last time: the same score.';
  const pts = Math.abs(d.total) === 1 ? 'point' : 'points';
  return `Since last time: ${d.total > 0 ? 'up' : 'down'} ${Math.abs(d.total)} ${pts}.`;
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
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const change = changeLine(instrument, assessment);
  const sub = assessment.subscales;
  return (
    <div className="assessment-result">
      {assessment.total !== null ? (
        <H className="result-score">{scoreLine(instrument, assessment)}</H>
      ) : (
        <H className="result-score">Your two dimensions</H>
      )}
      {instrument.id === 'ucla3' ? <p className="muted">Higher means lonelier. The authors publish no cut-off.</p> : null}
      {sub && sub.anxiety !== undefined && sub.avoidance !== undefined ? (
        <AttachmentPlot anxiety={sub.anxiety} avoidance={sub.avoidance} />
      ) : null}
      <p>{explanation(instrument, assessment)}</p>
      {change ? <p className="result-change">{change}</p> : null}
      <p className="result-note">This is a screening, not a diagnosis.</p>
      <p className="result-source">
        <span className="muted">Source: </span>
        {instrument.source}
      </p>
    </div>
  );
}
