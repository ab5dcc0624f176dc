import { sql } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import type { SocialAggregates, SocialPeriod } from '../core/social/insights.js';
import type { Executor } from './database.js';
import { CHANNELS, INITIATORS } from '../contracts/interactions.js';

/** PostgreSQL returns count() and sum() as text (bigint / numeric); SQLite as numbers. */
const num = (v: unknown): number => Number(v);

/**
 * Read-only aggregates behind getSocialInsights; core/social/insights.ts turns them into what the
 * person sees. Every figure is a GROUP BY in the database (a heavy user has hundreds of thousands of
 * interactions), the same SQL text on SQLite and PostgreSQL, and all of it is read in one
 * read-only transaction so the blocks agree with each other.
 */
export class SocialInsightsRepo {
  constructor(private readonly db: Executor) {}

  aggregates(actor: Actor, period: SocialPeriod): Promise<SocialAggregates> {
    if (this.db.isTransaction) return aggregates(this.db, actor.userId, period);
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => aggregates(trx, actor.userId, period));
  }
}

async function aggregates(db: Executor, userId: string, period: SocialPeriod): Promise<SocialAggregates> {
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

  // Per person: the person's people are walked in the order of people_user_name, each one range of
  // the covering interaction_people_person_time (every link carries copies of its interaction's
  // figures, kept by the interactions repository), and grouped in that same order, so nothing is
  // sorted or joined back to interactions. Each person's contexts are then joined to those (at most
  // a few thousand) rows by person_contexts' key alone: offered user_id as well, SQLite without
  // statistics scanned all of the person's contexts for every person.
  const people = await sql<{
    person_id: string;
    name: string;
    context: string | null;
    n: unknown;
    me: unknown;
    them: unknown;
    mutual: unknown;
    gave: unknown;
    received: unknown;
    sum_warmth: unknown;
    sum_support: unknown;
  }>`
    select x.person_id, x.name, pc.context, x.n, x.me, x.them, x.mutual, x.gave, x.received, x.sum_warmth, x.sum_support
    from (
      select p.id as person_id, p.name,
        count(*) as n,
        sum(case when ip.initiated_by = 'me' then 1 else 0 end) as me,
        sum(case when ip.initiated_by = 'them' then 1 else 0 end) as them,
        sum(case when ip.initiated_by = 'mutual' then 1 else 0 end) as mutual,
        sum(ip.gave) as gave,
        sum(ip.received) as received,
        sum(ip.warmth) as sum_warmth,
        sum(ip.support) as sum_support
      from people p
      cross join interaction_people ip
      where p.user_id = ${userId} and ip.person_id = p.id and ip.occurred_at >= ${from} and ip.occurred_at < ${to}
      group by p.name_key, p.id
    ) x
    left join person_contexts pc on pc.person_id = x.person_id`.execute(db);

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

/** Rows of person × context (context null for someone in none) into per-person and per-context sums. */
function peopleAndContexts(
  rows: ReadonlyArray<{
    person_id: string;
    name: string;
    context: string | null;
    n: unknown;
    me: unknown;
    them: unknown;
    mutual: unknown;
    gave: unknown;
    received: unknown;
    sum_warmth: unknown;
    sum_support: unknown;
  }>,
): Pick<SocialAggregates, 'people' | 'contexts'> {
  const people = new Map<string, SocialAggregates['people'][number]>();
  const contexts: SocialAggregates['contexts'] = [];
  for (const r of rows) {
    const n = num(r.n);
    if (!people.has(r.person_id)) {
      people.set(r.person_id, {
        personId: r.person_id,
        name: r.name,
        n,
        me: num(r.me),
        them: num(r.them),
        mutual: num(r.mutual),
        gave: num(r.gave),
        received: num(r.received),
      });
    }
    if (r.context !== null) contexts.push({ context: r.context, n, sumWarmth: num(r.sum_warmth), sumSupport: num(r.sum_support) });
  }
  return { people: [...people.values()], contexts };
}
