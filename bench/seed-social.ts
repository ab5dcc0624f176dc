/**
 * A dense social map for the benchmark: `people` people, each in one to three contexts, most with
 * a rhythm, and `interactions` interactions spread evenly over `years`, one to three people each, written with batched multi-row inserts straight into the
 * tables in one transaction. A seeded generator keeps every run the same.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { prng } from '../test/support/prng.js';
import { CHANNELS, INITIATORS } from '../src/contracts/social/interactions.js';
import { CLOSENESS, CONTEXTS } from '../src/contracts/social/people.js';
import type {
  DB,
  InteractionPeopleTable,
  InteractionsTable,
  InvitationsTable,
  PeopleTable,
  PersonContextsTable,
} from '../src/db/schema.js';

const DAY = 86_400_000;
const BATCH = 1_000;
const STATUSES = ['planned', 'sent', 'accepted', 'declined', 'no-answer'] as const;

export interface SocialSeedOptions {
  end: Date;
  people?: number;
  interactions?: number;
  invitations?: number;
  years?: number;
  seed?: number;
}

async function insertAll<T extends keyof DB>(db: Kysely<DB>, table: T, rows: readonly DB[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // Kysely's insert types are generic over the table; the rows are exactly that table's type.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

export async function seedSocial(
  db: Kysely<DB>,
  userId: string,
  {
    end,
    people: peopleCount = 2_000,
    interactions: count = 200_000,
    invitations: invitationCount = 600,
    years = 3,
    seed = 42,
  }: SocialSeedOptions,
): Promise<{ people: number; contexts: number; interactions: number; links: number; invitations: number }> {
  const next = prng(seed);
  const rand = () => next(2 ** 32) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const endMs = end.getTime();
  const span = years * 365.25 * DAY;
  const created = new Date(endMs - span - DAY).toISOString();

  const people: PeopleTable[] = [];
  const contexts: PersonContextsTable[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const id = randomUUID();
    const name = `Person ${i}`;
    people.push({
      id,
      user_id: userId,
      name,
      name_key: name.toLowerCase(),
      closeness: pick(CLOSENESS),
      rhythm_days: rand() < 0.7 ? pick([7, 14, 30, 60, 90]) : null,
      notes: null,
      vcard_uid: null,
      snoozed_until: null,
      last_contact_at: null,
      created_at: created,
      updated_at: created,
    });
    const n = 1 + Math.floor(rand() * 3);
    const mine = new Set<string>();
    while (mine.size < n) mine.add(pick(CONTEXTS));
    for (const context of mine) contexts.push({ person_id: id, user_id: userId, context });
  }

  // A few people get most of the contact, as in life: square the uniform draw toward the front.
  const personFor = () => people[Math.floor(rand() ** 2 * people.length)]!;
  const interactions: InteractionsTable[] = [];
  const links: InteractionPeopleTable[] = [];
  const last = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const at = new Date(endMs - rand() * span).toISOString();
    const id = randomUUID();
    const r = rand();
    const row: InteractionsTable = {
      id,
      user_id: userId,
      occurred_at: at,
      channel: pick(CHANNELS),
      initiated_by: pick(INITIATORS),
      minutes: Math.floor(rand() * 120),
      warmth: 1 + Math.floor(rand() * 5),
      support: 1 + Math.floor(rand() * 5),
      gave: r < 0.2 ? '' : r < 0.3 ? 'helped with a move' : null,
      received: rand() < 0.2 ? '' : null,
      topics: '[]',
      reflection: null,
      created_at: at,
      updated_at: at,
    };
    interactions.push(row);
    const with_ = new Set<PeopleTable>();
    const n = 1 + Math.floor(rand() * rand() * 3);
    while (with_.size < n) with_.add(personFor());
    for (const p of with_) {
      links.push({
        interaction_id: id,
        person_id: p.id,
        user_id: userId,
        occurred_at: at,
        initiated_by: row.initiated_by,
        warmth: row.warmth,
        support: row.support,
        gave: row.gave === null ? 0 : 1,
        received: row.received === null ? 0 : 1,
      });
      if ((last.get(p.id) ?? '') < at) last.set(p.id, at);
    }
  }
  for (const p of people) p.last_contact_at = last.get(p.id) ?? null;

  const invitations: InvitationsTable[] = Array.from({ length: invitationCount }, () => {
    const at = new Date(endMs - rand() * span).toISOString();
    return {
      id: randomUUID(),
      user_id: userId,
      person_id: personFor().id,
      idea: 'walk',
      text: 'A walk by the river',
      status: pick(STATUSES),
      note: null,
      planned_for: null,
      status_changed_at: at,
      created_at: at,
      updated_at: at,
    };
  });

  await db.transaction().execute(async (trx) => {
    await insertAll(trx, 'people', people);
    await insertAll(trx, 'person_contexts', contexts);
    await insertAll(trx, 'interactions', interactions);
    await insertAll(trx, 'interaction_people', links);
    await insertAll(trx, 'invitations', invitations);
  });
  return {
    people: people.length,
    contexts: contexts.length,
    interactions: interactions.length,
    links: links.length,
    invitations: invitations.length,
  };
}
