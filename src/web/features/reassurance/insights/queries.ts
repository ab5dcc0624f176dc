import { useQuery } from '@tanstack/react-query';
import type { MoodInsights, ReassuranceInsights } from '../../../../contracts/reassurance/insights.js';
import type { Urge } from '../../../../contracts/reassurance/urges.js';
import { call } from '../../../api/call.js';
import { urgesApi } from '../urges/api.js';

export type PeriodId = '4' | '12' | 'all';
const WEEKS: Record<PeriodId, number | null> = { '4': 4, '12': 12, all: null };

/** Everything under `insightKeys.all`: the urge picture by period, the mood glance by view (and the pauses', see drafts/queries.ts). */
export const insightKeys = {
  all: ['insights'] as const,
  /** Every period's picture: what a change to an urge makes stale. */
  reassuranceAll: () => [...insightKeys.all, 'reassurance'] as const,
  reassurance: (period: PeriodId) => [...insightKeys.reassuranceAll(), period] as const,
  mood: (view: MoodInsights['view']) => [...insightKeys.all, 'mood', view] as const,
};

/** Up to this many urges are read for the week-by-week picture of what you did. */
const URGE_PAGES = 5;

export interface ReassurancePicture {
  insights: ReassuranceInsights;
  urges: Urge[];
  /** When it was read: the weeks are drawn up to then, and a period starts from it. */
  now: Date;
  from: string | undefined;
}

/** Keyed by the period, not by its start date, so Back draws the same picture at once while it is asked again. */
async function readPicture(period: PeriodId, signal: AbortSignal): Promise<ReassurancePicture> {
  const now = new Date();
  const weeks = WEEKS[period];
  const from = weeks ? new Date(now.getTime() - weeks * 7 * 86_400_000).toISOString() : undefined;
  const insightsP = call('getReassuranceInsights', { query: { from } }, { signal });
  const urges: Urge[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < URGE_PAGES; i++) {
    const page = await urgesApi.list({ from, limit: 100, cursor }, signal);
    urges.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { insights: await insightsP, urges, now, from };
}

export function useReassuranceInsights(period: PeriodId) {
  return useQuery({ queryKey: insightKeys.reassurance(period), queryFn: ({ signal }) => readPicture(period, signal) });
}

export function useMoodInsights(view: MoodInsights['view']) {
  return useQuery({ queryKey: insightKeys.mood(view), queryFn: ({ signal }) => call('getMoodInsights', { query: { view } }, { signal }) });
}
