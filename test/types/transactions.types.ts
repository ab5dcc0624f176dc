/**
 * Checked by `npx tsc -p tsconfig.json` (npm run typecheck), never run: each `@ts-expect-error`
 * line must fail to compile, or the typecheck fails with "Unused '@ts-expect-error' directive".
 * It proves that a write whose statements must commit together cannot be handed the pool.
 */
import type { Actor } from '../../src/core/account/actor.js';
import type { Database, Executor } from '../../src/db/database.js';
import { JournalRepo } from '../../src/db/journal/journal.repo.js';
import { PeopleRepo } from '../../src/db/social/people.repo.js';
import { UrgesRepo, type UrgeRecord } from '../../src/db/reassurance/urges.repo.js';
import type { JournalEntry } from '../../src/contracts/journal/journal.js';
import { parkTopic } from '../../src/server/pair/pair-topics.js';
import type { PairMember } from '../../src/core/pair/member.js';

export async function transactionOnlyWrites(
  database: Database,
  maybeThePool: Executor,
  actor: Actor,
  entry: JournalEntry,
  urge: UrgeRecord,
  member: PairMember,
) {
  // @ts-expect-error the pool is not a transaction: the entry and its tag index could part
  await new JournalRepo(database.db).insert(actor, entry);
  // @ts-expect-error a lock taken outside a transaction ends with its statement
  await new UrgesRepo(database.db).lock(actor, urge.id);
  // @ts-expect-error nor is an Executor, which may be the pool
  await new UrgesRepo(maybeThePool).insert(actor, urge);
  // @ts-expect-error functions over such writes take a Tx as well
  await parkTopic(database.db, member, { text: 'later', shared: false }, urge.createdAt);

  await database.transaction(async (trx) => {
    await new JournalRepo(trx).insert(actor, entry);
    await new UrgesRepo(trx).lock(actor, urge.id);
    await parkTopic(trx, member, { text: 'later', shared: false }, urge.createdAt);
    // A Tx is an Executor too: reads and single-statement writes take it.
    await new JournalRepo(trx).get(actor, entry.id);
    await new PeopleRepo(trx).list(actor, { limit: 10 });
    const ex: Executor = trx;
    return new UrgesRepo(ex).get(actor, urge.id);
  });
}

export async function onlyTheDatabaseMakesATx(database: Database, actor: Actor, entry: JournalEntry) {
  await database.db.transaction().execute(async (trx) => {
    // @ts-expect-error a transaction opened on Kysely directly skips the nesting check, so it is no Tx
    await new JournalRepo(trx).insert(actor, entry);
  });
}
