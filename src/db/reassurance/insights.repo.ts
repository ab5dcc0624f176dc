import { sql } from 'kysely';
import type { Actor } from '../../core/account/actor.js';
import { RELIEF_MINUTES, type InsightsRange, type ReassuranceAggregates } from '../../core/reassurance/insights.js';
import { aggregatesFromRollups, mergeAggregates, planRange } from '../../core/reassurance/rollups.js';
import type { Executor } from '../database.js';
import { InsightRollupsRepo } from './insight-rollups.repo.js';

/** PostgreSQL returns count() as bigint and sum() as bigint or numeric, both as text; SQLite as numbers. */
const num = (v: unknown): number => Number(v);

/**
 * Read-only aggregates behind getReassuranceInsights; core/reassurance/insights.ts turns them into
 * what a person sees. The queries are the same text on SQLite and PostgreSQL.
 */
export class InsightsRepo {
  constructor(private readonly db: Executor) {}

  /**
   * Counts and sums over one person's urges with occurred_at in [from, to), the follow-ups and
   * trigger tags of those urges (they belong to the period of their urge, whenever they were
   * written), and their tool sessions with started_at in [from, to).
   *
   * Whole UTC months and days come from insight_rollups; the partial days at the ends from the rows
   * (core/reassurance/rollups.ts cuts the period). All of it runs in one read-only transaction, so
   * every figure comes from the same snapshot (REPEATABLE READ on PostgreSQL; on SQLite, which
   * ignores the setting, a WAL read transaction has one snapshot anyway).
   */
  reassuranceAggregates(actor: Actor, range: InsightsRange): Promise<ReassuranceAggregates> {
    return this.snapshot(async (db) => {
      const plan = planRange(range);
      const rollups = new InsightRollupsRepo(db);
      const parts: ReassuranceAggregates[] = [];
      for (const span of plan.spans) parts.push(aggregatesFromRollups(await rollups.sums(actor.userId, span)));
      for (const raw of plan.raw) parts.push(await aggregates(db, actor.userId, raw));
      return mergeAggregates(parts);
    });
  }

  /** The same figures from the rows alone, without the rollups: what the rollups must always agree with. */
  rowAggregates(actor: Actor, range: InsightsRange): Promise<ReassuranceAggregates> {
    return this.snapshot((db) => aggregates(db, actor.userId, range));
  }

  private snapshot<T>(fn: (db: Executor) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this.db);
    return this.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn);
  }
}

async function aggregates(db: Executor, userId: string, range: InsightsRange): Promise<ReassuranceAggregates> {
  // Joined tables are filtered by user_id too: a row can only ever meet rows of the same person,
  // and a sharded PostgreSQL (Citus) can keep each join on one node.
  const urges = db
    .selectFrom('urges as u')
    .where('u.user_id', '=', userId)
    .$if(range.from !== null, (q) => q.where('u.occurred_at', '>=', range.from!))
    .where('u.occurred_at', '<', range.to);

  const actions = await urges
    // count(column) skips nulls, as sum does: a skipped rating is in the count of urges, not of ratings.
    .select([
      'u.action',
      (eb) => eb.fn.countAll().as('count'),
      (eb) => eb.fn.count('u.anxiety_before').as('rated'),
      (eb) => eb.fn.sum('u.anxiety_before').as('sum'),
    ])
    .groupBy('u.action')
    .execute();

  const days = await urges
    .select(['u.local_date', (eb) => eb.fn.countAll().as('count')])
    .groupBy('u.local_date')
    .execute();

  // CROSS JOIN with the equality in WHERE is an inner join on both dialects, but SQLite keeps the
  // tables in the order written: the period's urges (a range of urges_user_occurred_insights), each
  // probing urge_follow_ups_user_urge. Left to choose, SQLite without ANALYZE statistics may drive
  // from the other table to save the GROUP BY sort, reading all of the person's rows whatever the
  // period: for the tags below that measured 2× slower over ten years and 60× over 90 days.
  // PostgreSQL plans the join order itself either way.
  const relief = await urges
    .crossJoin('urge_follow_ups as f')
    .whereRef('f.urge_id', '=', 'u.id')
    .where('f.user_id', '=', userId)
    .where('f.minutes_after', '>=', RELIEF_MINUTES.first)
    .where('f.minutes_after', '<=', RELIEF_MINUTES.last)
    .select(['u.action', 'f.minutes_after', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.sum('f.anxiety').as('sum')])
    .groupBy(['u.action', 'f.minutes_after'])
    .execute();

  // Same join order, for the same reason, probing urge_triggers_user_urge.
  const triggers = await urges
    .crossJoin('urge_triggers as t')
    .whereRef('t.urge_id', '=', 'u.id')
    .where('t.user_id', '=', userId)
    .select([
      't.tag',
      (eb) => eb.fn.countAll().as('count'),
      (eb) => eb.fn.count('u.intensity').as('rated'),
      (eb) => eb.fn.sum('u.intensity').as('sum'),
    ])
    .groupBy('t.tag')
    .execute();

  const tools = await db
    .selectFrom('tool_sessions')
    .where('user_id', '=', userId)
    .$if(range.from !== null, (q) => q.where('started_at', '>=', range.from!))
    .where('started_at', '<', range.to)
    .select([
      'tool',
      (eb) => eb.fn.countAll().as('n'),
      sql<number>`sum(distress_before - distress_after)`.as('sum'),
      sql<number>`sum((distress_before - distress_after) * (distress_before - distress_after))`.as('sum_squares'),
    ])
    .groupBy('tool')
    .execute();

  return {
    // sum() over nothing but nulls is null: no ratings add nothing.
    actions: actions.map((r) => ({ action: r.action, count: num(r.count), rated: num(r.rated), sumAnxietyBefore: num(r.sum ?? 0) })),
    days: days.map((r) => ({ localDate: r.local_date, count: num(r.count) })),
    relief: relief.map((r) => ({ action: r.action, minutesAfter: num(r.minutes_after), count: num(r.count), sumAnxiety: num(r.sum) })),
    triggers: triggers.map((r) => ({ tag: r.tag, count: num(r.count), rated: num(r.rated), sumIntensity: num(r.sum ?? 0) })),
    tools: tools.map((r) => ({ tool: r.tool, n: num(r.n), sumDrop: num(r.sum), sumSquaresDrop: num(r.sum_squares) })),
  };
}
