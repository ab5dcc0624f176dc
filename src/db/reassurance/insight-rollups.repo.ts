import {
  negated,
  rollupDeltas,
  type Contribution,
  type PeriodSpan,
  type RollupDelta,
  type RollupSum,
} from '../../core/reassurance/rollups.js';
import type { Executor } from '../database.js';

/** Rows per upsert statement: 9 parameters each stays far below SQLite's 32,766 and PostgreSQL's 65,535. */
const CHUNK = 500;

/**
 * The insight_rollups table. Writers call `add` / `remove` inside the transaction that writes the
 * rows the contributions come from, so the rollups never disagree with them.
 */
export class InsightRollupsRepo {
  constructor(private readonly db: Executor) {}

  add(userId: string, contributions: readonly Contribution[]): Promise<void> {
    return this.write(userId, rollupDeltas(contributions));
  }

  remove(userId: string, contributions: readonly Contribution[]): Promise<void> {
    return this.write(userId, rollupDeltas(negated(contributions)));
  }

  /** An edit: the old share comes off and the new one goes on in the same rows, netted out first. */
  change(userId: string, before: readonly Contribution[], after: readonly Contribution[]): Promise<void> {
    return this.write(userId, rollupDeltas([...negated(before), ...after]));
  }

  private async write(userId: string, deltas: readonly RollupDelta[]): Promise<void> {
    for (let i = 0; i < deltas.length; i += CHUNK) {
      await this.db
        .insertInto('insight_rollups')
        .values(
          deltas.slice(i, i + CHUNK).map((d) => ({
            user_id: userId,
            grain: d.grain,
            period: d.period,
            kind: d.kind,
            key: d.key,
            minutes: d.minutes,
            count: d.count,
            total: d.total,
            total_squares: d.totalSquares,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['user_id', 'grain', 'period', 'kind', 'key', 'minutes']).doUpdateSet((eb) => ({
            count: eb('insight_rollups.count', '+', eb.ref('excluded.count')),
            total: eb('insight_rollups.total', '+', eb.ref('excluded.total')),
            total_squares: eb('insight_rollups.total_squares', '+', eb.ref('excluded.total_squares')),
          })),
        )
        .execute();
    }
    // A row whose last contribution was taken away goes, so a deleted or edited urge leaves no trace
    // of its trigger tags behind (every contribution counts 1, so count 0 means nothing is left).
    const emptied = [...new Set(deltas.filter((d) => d.count < 0).map((d) => d.period))];
    for (let i = 0; i < emptied.length; i += CHUNK) {
      await this.db
        .deleteFrom('insight_rollups')
        .where('user_id', '=', userId)
        .where('period', 'in', emptied.slice(i, i + CHUNK))
        .where('count', '=', 0)
        .execute();
    }
  }

  /** Sums over a span of one grain, one row per (kind, key, minutes). */
  async sums(userId: string, span: PeriodSpan): Promise<RollupSum[]> {
    const rows = await this.db
      .selectFrom('insight_rollups')
      .where('user_id', '=', userId)
      .where('grain', '=', span.grain)
      .$if(span.from !== null, (q) => q.where('period', '>=', span.from!))
      .where('period', '<', span.to)
      .select((eb) => [
        'kind',
        'key',
        'minutes',
        eb.fn.sum<number>('count').as('count'),
        eb.fn.sum<number>('total').as('total'),
        eb.fn.sum<number>('total_squares').as('total_squares'),
      ])
      .groupBy(['kind', 'key', 'minutes'])
      .execute();
    // PostgreSQL returns sum() over integers as bigint text.
    return rows.map((r) => ({
      kind: r.kind,
      key: r.key,
      minutes: Number(r.minutes),
      count: Number(r.count),
      total: Number(r.total),
      totalSquares: Number(r.total_squares),
    }));
  }
}
