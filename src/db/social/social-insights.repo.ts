import { sql } from 'kysely';
import type { Actor } from '../../core/account/actor.js';
import type { SocialAggregates, SocialPeriod } from '../../core/social/insights.js';
import type { DbKind, Executor } from '../database.js';
import { CHANNELS, INITIATORS } from '../../contracts/social/interactions.js';

/** PostgreSQL returns count() and sum() as text (bigint / numeric); SQLite as numbers. */
const num = (v: unknown): number => Number(v);

/**
 * Read-only aggregates behind getSocialInsights; core/social/insights.ts turns them into what the
 * person sees. Every figure is a GROUP BY in the database (a heavy user has hundreds of thousands of
 * interactions), and all of it is read in one read-only transaction so the blocks agree with each
 * other. The SQL text is the same on SQLite and PostgreSQL except for the per-person sums, where
 * each planner has a different fastest path (see perPerson).
 */
export class SocialInsightsRepo {
  constructor(
    private readonly db: Executor,
    private readonly kind: DbKind,
  ) {}

  aggregates(actor: Actor, period: SocialPeriod): Promise<SocialAggregates> {
    if (this.db.isTransaction) return aggregates(this.db, this.kind, actor.userId, period);
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => aggregates(trx, this.kind, actor.userId, period));
  }
}

async function aggregates(db: Executor, kind: DbKind, userId: string, period: SocialPeriod): Promise<SocialAggregates> {
  const { from, to } = period;

  // Weeks are local to the person, so their bounds are instants computed in core and passed in as
  // a VALUES list: each week is one range of interactions_user_time, counted without reading a row.
  const weeks =
    period.weeks.length === 0
      ? []
      : (
          await sql<{ week_start: string; count: unknown }>`
            with weeks (week_start, lo, hi) as (values ${sql.join(period.weeks.map((w) => sql`(${w.weekStart}, ${w.from}, ${w.to})`))})
            select w.week_start, count(*) as count
            from weeks w
            cross join interactions i
            where i.user_id = ${userId} and i.occurred_at >= w.lo and i.occurred_at < w.hi
            group by w.week_start`.execute(db)
        ).rows;

  // Per channel and initiator: one aggregate per pair over its own range of
  // interactions_user_kind_time, read from the index alone. Without a GROUP BY nothing is sorted;
  // grouping the period instead sorted every interaction in it (about a third of the request).
  const kinds = (
    await sql<{
      channel: string;
      initiated_by: string;
      n: unknown;
      sum_warmth: unknown;
      sum_support: unknown;
      gave: unknown;
      received: unknown;
    }>`${sql.join(
      CHANNELS.flatMap((c) =>
        INITIATORS.map(
          (by) => sql`select ${c} as channel, ${by} as initiated_by, count(*) as n, sum(warmth) as sum_warmth, sum(support) as sum_support,
            sum(case when gave is null then 0 else 1 end) as gave, sum(case when received is null then 0 else 1 end) as received
          from interactions
          where user_id = ${userId} and channel = ${c} and initiated_by = ${by} and occurred_at >= ${from} and occurred_at < ${to}`,
        ),
      ),
      sql` union all `,
    )}`.execute(db)
  ).rows.filter((r) => num(r.n) > 0);

  // Each contacted person with their name, and each context's sums over its people, in one
  // statement: the per-person sums are computed once (a CTE named twice is materialized on both
  // dialects), and the contexts come back as eight sums rather than one row per person and context.
  const people = await sql<PeopleOrContextRow>`
    with x as (${perPerson(kind, userId, from, to)})
    select 'person' as row_kind, x.person_id as key, p.name, x.n, x.me, x.them, x.mutual, x.gave, x.received,
      0 as sum_warmth, 0 as sum_support
    from x
    join people p on p.id = x.person_id
    union all
    select 'context', pc.context, null, sum(x.n), 0, 0, 0, 0, 0, sum(x.sum_warmth), sum(x.sum_support)
    from x
    join person_contexts pc on pc.person_id = x.person_id
    group by pc.context`.execute(db);

  const invitations = await db
    .selectFrom('invitations')
    .where('user_id', '=', userId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();

  return {
    weeks: weeks.map((r) => ({ weekStart: r.week_start, count: num(r.count) })),
    kinds: kinds.map((r) => ({
      channel: r.channel,
      initiatedBy: r.initiated_by,
      n: num(r.n),
      sumWarmth: num(r.sum_warmth),
      sumSupport: num(r.sum_support),
      gave: num(r.gave),
      received: num(r.received),
    })),
    ...peopleAndContexts(people.rows),
    invitations: invitations.map((r) => ({ status: r.status, n: num(r.n) })),
  };
}

interface PeopleOrContextRow {
  row_kind: 'person' | 'context';
  /** Person id, or context. */
  key: string;
  name: string | null;
  n: unknown;
  me: unknown;
  them: unknown;
  mutual: unknown;
  gave: unknown;
  received: unknown;
  sum_warmth: unknown;
  sum_support: unknown;
}

/**
 * Each contacted person's sums for the period, from the copies of the interaction's figures every
 * link carries, so nothing is joined back to interactions. Names and contexts are joined to those (at
 * most a few thousand) rows by key alone.
 *
 * - SQLite has no hash aggregate: grouping the period's links by person sorted all of them (twice as
 *   slow over a year). Instead the person's people are walked in the order of people_user_name, each
 *   one range of the covering interaction_people_person_time, and grouped in that same order, so
 *   nothing is sorted. CROSS JOIN is SQLite's way of fixing that join order.
 * - PostgreSQL would run that walk as 2,000 nested index scans (30–40 ms for twelve dense weeks);
 *   one range of interaction_people_user_time hash-aggregated per person takes about 10.
 */
function perPerson(kind: DbKind, userId: string, from: string, to: string) {
  const sums = sql`count(*) as n,
    sum(case when ip.initiated_by = 'me' then 1 else 0 end) as me,
    sum(case when ip.initiated_by = 'them' then 1 else 0 end) as them,
    sum(case when ip.initiated_by = 'mutual' then 1 else 0 end) as mutual,
    sum(ip.gave) as gave,
    sum(ip.received) as received,
    sum(ip.warmth) as sum_warmth,
    sum(ip.support) as sum_support`;
  if (kind === 'postgres') {
    return sql`select ip.person_id, ${sums}
      from interaction_people ip
      where ip.user_id = ${userId} and ip.occurred_at >= ${from} and ip.occurred_at < ${to}
      group by ip.person_id`;
  }
  return sql`select p.id as person_id, ${sums}
    from people p
    cross join interaction_people ip
    where p.user_id = ${userId} and ip.person_id = p.id and ip.occurred_at >= ${from} and ip.occurred_at < ${to}
    group by p.name_key, p.id`;
}

/** Person rows and context rows into the two lists core reads. */
function peopleAndContexts(rows: readonly PeopleOrContextRow[]): Pick<SocialAggregates, 'people' | 'contexts'> {
  const people: SocialAggregates['people'] = [];
  const contexts: SocialAggregates['contexts'] = [];
  for (const r of rows) {
    if (r.row_kind === 'context') {
      contexts.push({ context: r.key, n: num(r.n), sumWarmth: num(r.sum_warmth), sumSupport: num(r.sum_support) });
    } else {
      people.push({
        personId: r.key,
        name: r.name ?? '',
        n: num(r.n),
        me: num(r.me),
        them: num(r.them),
        mutual: num(r.mutual),
        gave: num(r.gave),
        received: num(r.received),
      });
    }
  }
  return { people, contexts };
}
