import { sql, type Kysely } from 'kysely';

/**
 * Pairs that end cleanly (issue 14, item 3).
 *
 * `pair_members.ending` is the news a member is owed about how their pair ended, told once: set for
 * the partner who did not end it ('partner-unlinked', 'partner-deleted-account'), cleared when they
 * dismiss it or link again. It lives on the membership, so it goes with the person's own row.
 *
 * Before this, deleting an account removed the person's membership and left the other's open, so
 * the one who stayed could never link again. Those pairs are ended here, as a deletion ends them now.
 *
 * A personal goal shared with a partner now carries the pair it was shared with (`goals.pair_id`), so
 * it never reaches a later partner. An existing share is tied to the sharer's current pair only when
 * it was last changed while that pair existed; an older one stays with its owner, shared with no one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pair_members').addColumn('ending', 'text').execute();

  const now = new Date().toISOString();
  const whole = sql`select pair_id from pair_members group by pair_id having count(*) = 2`;
  await sql`update pair_members set left_at = ${now}, ending = 'partner-deleted-account'
    where left_at is null and pair_id not in (${whole})`.execute(db);
  await sql`update pairs set ended_at = ${now} where ended_at is null and id not in (${whole})`.execute(db);

  await sql`update goals set pair_id = (
      select pm.pair_id from pair_members pm join pairs p on p.id = pm.pair_id
      where pm.user_id = goals.user_id and pm.left_at is null and p.created_at <= goals.updated_at
    )
    where scope = 'personal' and shared = 1 and pair_id is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update goals set pair_id = null where scope = 'personal'`.execute(db);
  await db.schema.alterTable('pair_members').dropColumn('ending').execute();
}
