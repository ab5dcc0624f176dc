import { sql, type Kysely } from 'kysely';

/**
 * Insight rollups (core/reassurance/rollups.ts): per person, per UTC day and per UTC month, the
 * counts and sums getReassuranceInsights needs, kept up to date by the repositories in the same
 * transaction as every urge, follow-up and tool-session write. Ten dense years then read about
 * 120 month rows per kind and key instead of ~400,000 rows (measured before: 0.5–0.9 s).
 *
 * Existing rows are summed in here once, in SQL that reads the same on both dialects. The numbers
 * are this migration's own snapshot of the rules at the time (relief windows 15–60 → 30 and
 * 61–180 → 120), as a migration must not change when the code it shipped with does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_rollups')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('total_squares', 'integer', (c) => c.notNull())
    // Leading with (user_id, grain, period): a span of one person's days or months is one range.
    .addPrimaryKeyConstraint('insight_rollups_pk', ['user_id', 'grain', 'period', 'kind', 'key', 'minutes'])
    .execute();

  for (const [grain, length] of [
    ['d', 10],
    ['m', 7],
  ] as const) {
    const at = (column: string) => `substr(${column}, 1, ${length})`;
    const fill = (values: string[], rest: string) =>
      sql
        .raw(
          `insert into insight_rollups (user_id, grain, period, kind, key, minutes, count, total, total_squares)
           select ${values[0]}, '${grain}', ${values.slice(1).join(', ')} ${rest}`,
        )
        .execute(db);
    await fill(
      ['user_id', at('occurred_at'), `'action'`, 'action', '0', 'count(*)', 'sum(anxiety_before)', '0'],
      `from urges group by user_id, ${at('occurred_at')}, action`,
    );
    await fill(
      ['user_id', at('occurred_at'), `'date'`, 'local_date', '0', 'count(*)', '0', '0'],
      `from urges group by user_id, ${at('occurred_at')}, local_date`,
    );
    await fill(
      ['u.user_id', at('u.occurred_at'), `'trigger'`, 't.tag', '0', 'count(*)', 'sum(u.intensity)', '0'],
      `from urge_triggers t join urges u on u.id = t.urge_id group by u.user_id, ${at('u.occurred_at')}, t.tag`,
    );
    const point = 'case when f.minutes_after <= 60 then 30 else 120 end';
    await fill(
      ['u.user_id', at('u.occurred_at'), `'relief'`, 'u.action', point, 'count(*)', 'sum(f.anxiety)', '0'],
      `from urge_follow_ups f join urges u on u.id = f.urge_id where f.minutes_after >= 15 and f.minutes_after <= 180
       group by u.user_id, ${at('u.occurred_at')}, u.action, ${point}`,
    );
    const drop = '(distress_before - distress_after)';
    await fill(
      ['user_id', at('started_at'), `'tool'`, 'tool', '0', 'count(*)', `sum(${drop})`, `sum(${drop} * ${drop})`],
      `from tool_sessions group by user_id, ${at('started_at')}, tool`,
    );
  }

  // urges_user_occurred_insights starts with the same columns and serves every query this one did.
  await db.schema.dropIndex('urges_user_occurred').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('urges_user_occurred').on('urges').columns(['user_id', 'occurred_at', 'id']).execute();
  await db.schema.dropTable('insight_rollups').ifExists().execute();
}
