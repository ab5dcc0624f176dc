/**
 * Social insights (issue 6) from aggregates: the repository counts and sums with GROUP BY, this
 * turns those rows into what the person sees. Pure, so tests can check it without a database and
 * the benchmark measures the same code the route runs.
 *
 * Means come from exact integer sums, rounded to two decimals only in the output.
 */
import { CHANNELS, type Channel } from '../../contracts/social/interactions.js';
import { CONTEXTS, type Context } from '../../contracts/social/people.js';
import type { SocialInsights } from '../../contracts/social/social-insights.js';
import { compareMeans, roundedMean } from '../reassurance/stats.js';
import { fromFloating, toFloating } from '../pair/occurrences.js';
import { EARLIEST_INSTANT, INSTANT_RANGE_MESSAGE, LATEST_INSTANT } from '../reassurance/instants.js';
import { breadth } from './breadth.js';
import { RECIPROCITY_MINIMUM, reciprocityNotes } from './reciprocity.js';

// ---------------------------------------------------------------------------------------------
// Minimums: below them a block says "not enough data yet" and derived figures are null.
// ---------------------------------------------------------------------------------------------

/** Interactions in the period before the weekly chart is more than a few dots. Five, like the reassurance insights. */
export const INTERACTIONS_MINIMUM = 5;
/**
 * Interactions counted across contexts before evenness is shown. Higher than the others because
 * evenness spreads them over up to eight contexts: with five, one more meeting moves it by a lot.
 */
export const BREADTH_MINIMUM = 10;
/** Interactions before initiation shares across everyone are shown; per person getReciprocity's own minimum applies. */
export const RECIPROCITY_SUMMARY_MINIMUM = RECIPROCITY_MINIMUM;
/** Invitations with an answer (accepted, declined or none) before an acceptance rate is shown. */
export const INVITATIONS_MINIMUM = 5;
/** Interactions a context or channel needs before its mean warmth and support are shown and ranked. */
export const WARMTH_MINIMUM = 5;
/** How many one-sided people the summary names. */
export const ONE_SIDED_LISTED = 20;

// ---------------------------------------------------------------------------------------------
// Period and weeks
// ---------------------------------------------------------------------------------------------

/** Weeks in the default period, the current one included. */
export const DEFAULT_WEEKS = 12;
/** The longest period: two years and a leap day. Longer asks are refused rather than slow. */
export const MAX_PERIOD_DAYS = 731;

const DAY = 86_400_000;

export interface WeekBucket {
  /** Monday, YYYY-MM-DD, in the person's time zone. */
  weekStart: string;
  /** Inclusive, stored form. */
  from: string;
  /** Exclusive, stored form. */
  to: string;
}

export interface SocialPeriod {
  from: string;
  to: string;
  timeZone: string;
  weeks: WeekBucket[];
}

/** Local midnight (floating ms) of the Monday of the week holding `epochMs` in `timeZone`. */
function mondayFloating(epochMs: number, timeZone: string): number {
  const floating = toFloating(epochMs, timeZone);
  const midnight = floating - (((floating % DAY) + DAY) % DAY);
  // 1970-01-01 was a Thursday: day d is a Monday when (d + 3) % 7 === 0.
  const day = midnight / DAY;
  return midnight - ((((day + 3) % 7) + 7) % 7) * DAY;
}

/** Monday weeks in `timeZone` touching [from, to), each cut to the period. 23- and 167-hour weeks come out right on DST days. */
export function weekBuckets(from: string, to: string, timeZone: string): WeekBucket[] {
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const out: WeekBucket[] = [];
  if (fromMs >= toMs) return out;
  for (let m = mondayFloating(fromMs, timeZone); ; m += 7 * DAY) {
    const start = fromFloating(m, timeZone);
    if (start >= toMs) break;
    const end = fromFloating(m + 7 * DAY, timeZone);
    out.push({
      weekStart: new Date(m).toISOString().slice(0, 10),
      from: new Date(Math.max(start, fromMs)).toISOString(),
      to: new Date(Math.min(end, toMs)).toISOString(),
    });
  }
  return out;
}

const instant = (iso: string): number | null => {
  const t = Date.parse(iso);
  return Number.isNaN(t) || t < Date.parse(EARLIEST_INSTANT) || t > Date.parse(LATEST_INSTANT) ? null : t;
};

/**
 * The period asked for, in stored form, with its weeks; or the field to name in a 400. Without
 * `from` it starts on the Monday eleven weeks before the week of `to`, so the chart shows twelve
 * weeks, the last one as far as it has gone.
 */
export function socialPeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
  timeZone: string,
): { ok: true; period: SocialPeriod } | { ok: false; field: 'from' | 'to'; message: string } {
  const toMs = query.to === undefined ? now.getTime() : instant(query.to);
  if (toMs === null) return { ok: false, field: 'to', message: INSTANT_RANGE_MESSAGE };
  let fromMs: number | null;
  if (query.from === undefined) fromMs = fromFloating(mondayFloating(toMs, timeZone) - (DEFAULT_WEEKS - 1) * 7 * DAY, timeZone);
  else fromMs = instant(query.from);
  if (fromMs === null) return { ok: false, field: 'from', message: INSTANT_RANGE_MESSAGE };
  if (fromMs > toMs) {
    return { ok: false, field: 'from', message: query.to === undefined ? 'Start is in the future' : 'Start must not be after the end' };
  }
  if (toMs - fromMs > MAX_PERIOD_DAYS * DAY) return { ok: false, field: 'from', message: 'Choose a period of at most two years' };
  const from = new Date(fromMs).toISOString();
  const to = new Date(toMs).toISOString();
  return { ok: true, period: { from, to, timeZone, weeks: weekBuckets(from, to, timeZone) } };
}

// ---------------------------------------------------------------------------------------------
// Input: aggregates, as the repository's GROUP BYs return them. Rows may repeat a key; they add up.
// ---------------------------------------------------------------------------------------------

export interface SocialAggregates {
  /** Interactions per week, one row per bucket the repository was given (missing = 0). */
  weeks: Array<{ weekStart: string; count: number }>;
  /** Interactions grouped by channel and who started them. */
  kinds: Array<{ channel: string; initiatedBy: string; n: number; sumWarmth: number; sumSupport: number; gave: number; received: number }>;
  /**
   * Contact per context, counted per person present: time with two friends counts twice for
   * "friends" (each tie was tended), and someone in two contexts counts in both. Rows may repeat a context.
   */
  contexts: Array<{ context: string; n: number; sumWarmth: number; sumSupport: number }>;
  /** Per person contacted. */
  people: Array<{ personId: string; name: string; n: number; me: number; them: number; mutual: number; gave: number; received: number }>;
  /** Invitations made in the period, by status now. */
  invitations: Array<{ status: string; n: number }>;
}

const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c);
const isContext = (c: string): c is Context => (CONTEXTS as readonly string[]).includes(c);
const ratio = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Sums {
  n: number;
  sumWarmth: number;
  sumSupport: number;
}

function warmthRows<K extends string, R extends object>(sums: Map<K, Sums>, key: (k: K) => R) {
  return [...sums.entries()]
    .filter(([, s]) => s.n > 0)
    .sort(
      ([ka, a], [kb, b]) =>
        Number(b.n >= WARMTH_MINIMUM) - Number(a.n >= WARMTH_MINIMUM) ||
        (a.n >= WARMTH_MINIMUM && b.n >= WARMTH_MINIMUM
          ? compareMeans(b.sumWarmth, b.n, a.sumWarmth, a.n) || compareMeans(b.sumSupport, b.n, a.sumSupport, a.n)
          : 0) ||
        b.n - a.n ||
        byName(ka, kb),
    )
    .map(([k, s]) => {
      const enough = s.n >= WARMTH_MINIMUM;
      return {
        ...key(k),
        n: s.n,
        enoughData: enough,
        meanWarmth: enough ? roundedMean(s.sumWarmth, s.n) : null,
        meanSupport: enough ? roundedMean(s.sumSupport, s.n) : null,
      };
    });
}

function add<K>(map: Map<K, Sums>, k: K, s: Sums): void {
  const seen = map.get(k) ?? { n: 0, sumWarmth: 0, sumSupport: 0 };
  map.set(k, { n: seen.n + s.n, sumWarmth: seen.sumWarmth + s.sumWarmth, sumSupport: seen.sumSupport + s.sumSupport });
}

/**
 * The insights from aggregates. A channel, context, initiator or status Steady does not know (none
 * can be written through the API) is left out of the groups it would be named in rather than
 * failing the page; its interactions still count in the totals.
 */
export function buildSocialInsights(period: SocialPeriod, a: SocialAggregates): SocialInsights {
  const perWeekCount = new Map<string, number>();
  for (const w of a.weeks) perWeekCount.set(w.weekStart, (perWeekCount.get(w.weekStart) ?? 0) + w.count);
  const perWeek = period.weeks.map((w) => ({ weekStart: w.weekStart, count: perWeekCount.get(w.weekStart) ?? 0 }));

  let total = 0;
  const initiated = { me: 0, them: 0, mutual: 0 };
  const help = { gave: 0, received: 0 };
  const channels = new Map<Channel, Sums>();
  for (const k of a.kinds) {
    total += k.n;
    if (k.initiatedBy === 'me' || k.initiatedBy === 'them' || k.initiatedBy === 'mutual') initiated[k.initiatedBy] += k.n;
    help.gave += k.gave;
    help.received += k.received;
    if (isChannel(k.channel)) add(channels, k.channel, k);
  }

  const contexts = new Map<Context, Sums>();
  for (const c of a.contexts) if (isContext(c.context)) add(contexts, c.context, c);
  const contextCounts = Object.fromEntries([...contexts].map(([c, s]) => [c, s.n]));
  const contextTotal = [...contexts.values()].reduce((s, c) => s + c.n, 0);
  const spread = breadth(contextCounts);
  const breadthEnough = contextTotal >= BREADTH_MINIMUM;

  const oneSided = a.people
    .map((p) => ({
      personId: p.personId,
      name: p.name,
      n: p.n,
      notes: reciprocityNotes(
        { n: p.n, initiated: { me: p.me, them: p.them, mutual: p.mutual }, help: { gave: p.gave, received: p.received } },
        p.name,
      ),
    }))
    .filter((p) => p.notes.length > 0)
    .sort((x, y) => y.n - x.n || byName(x.name, y.name) || byName(x.personId, y.personId));
  const initiatedTotal = initiated.me + initiated.them + initiated.mutual;
  const reciprocityEnough = initiatedTotal >= RECIPROCITY_SUMMARY_MINIMUM;

  const byStatus = { planned: 0, sent: 0, accepted: 0, declined: 0, 'no-answer': 0 };
  let invitationsTotal = 0;
  for (const i of a.invitations) {
    invitationsTotal += i.n;
    if (i.status in byStatus) byStatus[i.status as keyof typeof byStatus] += i.n;
  }
  const decided = byStatus.accepted + byStatus.declined + byStatus['no-answer'];
  const invitationsEnough = decided >= INVITATIONS_MINIMUM;

  const byContext = warmthRows(contexts, (context) => ({ context }));
  const byChannel = warmthRows(channels, (channel) => ({ channel }));
  const comparable = (rows: Array<{ enoughData: boolean }>) => rows.filter((r) => r.enoughData).length >= 2;

  return {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    interactions: { n: total, minimum: INTERACTIONS_MINIMUM, enoughData: total >= INTERACTIONS_MINIMUM, perWeek },
    breadth: {
      n: contextTotal,
      minimum: BREADTH_MINIMUM,
      enoughData: breadthEnough,
      contexts: spread.contexts,
      evenness: breadthEnough ? spread.evenness : null,
      byContext: [...contexts]
        .filter(([, s]) => s.n > 0)
        .sort(([ca, a], [cb, b]) => b.n - a.n || byName(ca, cb))
        .map(([context, s]) => ({ context, n: s.n })),
    },
    reciprocity: {
      n: initiatedTotal,
      minimum: RECIPROCITY_SUMMARY_MINIMUM,
      enoughData: reciprocityEnough,
      people: a.people.length,
      initiated,
      shares: reciprocityEnough
        ? {
            me: ratio(initiated.me, initiatedTotal),
            them: ratio(initiated.them, initiatedTotal),
            mutual: ratio(initiated.mutual, initiatedTotal),
          }
        : null,
      help,
      oneSided: { count: oneSided.length, people: oneSided.slice(0, ONE_SIDED_LISTED) },
    },
    invitations: {
      n: invitationsTotal,
      minimum: INVITATIONS_MINIMUM,
      enoughData: invitationsEnough,
      byStatus,
      decided,
      acceptanceRate: invitationsEnough ? ratio(byStatus.accepted, decided) : null,
    },
    warmth: {
      n: total,
      minimum: WARMTH_MINIMUM,
      enoughData: comparable(byContext) || comparable(byChannel),
      byContext,
      byChannel,
    },
  };
}
