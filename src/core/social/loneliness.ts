/**
 * The UCLA-3 trend over monthly reviews, in plain words. Scores run 3–9 and higher means lonelier;
 * the authors publish no cut-off, so the words describe direction only, never a label.
 */
import { INSTRUMENTS } from '../../contracts/support/instruments.js';
import type { LonelinessTrend, SocialReview } from '../../contracts/social/social-reviews.js';
import { score } from '../support/scoring.js';

/** A difference smaller than this between recent and earlier means is read as about the same. */
export const TREND_MARGIN = 1;
const RECENT = 3;

export function lonelinessTrend(points: ReadonlyArray<{ month: string; score: number }>): LonelinessTrend {
  if (points.length < 2) {
    return {
      direction: null,
      note: 'Answer the three short questions in a couple of monthly reviews and the trend will show here.',
    };
  }
  const ordered = [...points].sort((a, b) => (a.month < b.month ? -1 : 1));
  // With few points, compare the latest with the ones before; later, the last three with the rest.
  const cut = ordered.length <= RECENT ? ordered.length - 1 : ordered.length - RECENT;
  const avg = (xs: ReadonlyArray<{ score: number }>) => xs.reduce((a, p) => a + p.score, 0) / xs.length;
  const diff = avg(ordered.slice(cut)) - avg(ordered.slice(0, cut));
  if (diff <= -TREND_MARGIN)
    return { direction: 'lower', note: 'Your recent answers are lower than earlier ones: you have been feeling less alone lately.' };
  if (diff >= TREND_MARGIN)
    return {
      direction: 'higher',
      note:
        'Your recent answers are higher than earlier ones: you have been feeling more alone lately. That happens to everyone at times; ' +
        'a small step of contact counts, and so does asking for support.',
    };
  return { direction: 'about-the-same', note: 'Your answers have stayed about the same over these months.' };
}

export interface StoredSocialReview {
  month: string;
  strengthened: string | null;
  weakened: string | null;
  adjust: string | null;
  win: string | null;
  assessmentId: string | null;
  ucla3Answers: number[] | null;
  createdAt: string;
  updatedAt: string;
}

/** A review with its UCLA-3 answers scored afresh by the questionnaire engine. */
export function socialReviewView(r: StoredSocialReview): SocialReview {
  return {
    month: r.month,
    strengthened: r.strengthened,
    weakened: r.weakened,
    adjust: r.adjust,
    win: r.win,
    ucla3:
      r.assessmentId !== null && r.ucla3Answers !== null
        ? { assessmentId: r.assessmentId, answers: r.ucla3Answers, score: score(INSTRUMENTS.ucla3, r.ucla3Answers).total ?? 0 }
        : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
