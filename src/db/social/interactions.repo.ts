import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import type { Channel, Interaction } from '../../contracts/social/interactions.js';
import type { ReciprocityInteraction } from '../../core/social/reciprocity.js';
import type { Executor, Tx } from '../database.js';
import { before } from '../keyset.js';
import { PeopleRepo } from './people.repo.js';
import type { InteractionsTable } from '../schema.js';

const columns = [
  'id',
  'occurred_at',
  'channel',
  'initiated_by',
  'minutes',
  'warmth',
  'support',
  'gave',
  'received',
  'topics',
  'reflection',
  'created_at',
  'updated_at',
] as const;
type Row = Pick<InteractionsTable, (typeof columns)[number]>;

type Help = Interaction['gave'];
/** Help given or received as stored: null = no, '' = a tick, other text = what it was. */
const storedHelp = (h: Help): string | null => (h === false ? null : h === true ? '' : h);
const helpOf = (s: string | null): Help => (s === null ? false : s === '' ? true : s);

const toInteraction = (r: Row, personIds: string[]): Interaction => ({
  id: r.id,
  personIds,
  occurredAt: r.occurred_at,
  channel: r.channel as Channel,
  initiatedBy: r.initiated_by as Interaction['initiatedBy'],
  minutes: r.minutes,
  warmth: r.warmth,
  support: r.support,
  gave: helpOf(r.gave),
  received: helpOf(r.received),
  topics: JSON.parse(r.topics) as string[],
  reflection: r.reflection,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * The interaction log (issue 6). Every write also recounts people.last_contact_at for each person
 * it touches, in the same transaction, so the reach-out list never scans the log. Callers lock
 * the people first ({@link PeopleRepo.lock}), which is also how they learn the ids are the actor's.
 */
/** What each with-whom link copies of its interaction (see the migration): the insights read these alone. */
function linkFigures(i: Interaction) {
  return {
    initiated_by: i.initiatedBy,
    warmth: i.warmth,
    support: i.support,
    gave: storedHelp(i.gave) === null ? 0 : 1,
    received: storedHelp(i.received) === null ? 0 : 1,
  };
}

export class InteractionsRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** After locking `i.personIds` (PeopleRepo.lock). */
  async insert(this: InteractionsRepo<Tx>, actor: Actor, i: Interaction): Promise<void> {
    await this.db
      .insertInto('interactions')
      .values({
        id: i.id,
        user_id: actor.userId,
        occurred_at: i.occurredAt,
        channel: i.channel,
        initiated_by: i.initiatedBy,
        minutes: i.minutes,
        warmth: i.warmth,
        support: i.support,
        gave: storedHelp(i.gave),
        received: storedHelp(i.received),
        topics: JSON.stringify(i.topics),
        reflection: i.reflection,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
      })
      .execute();
    await this.link(actor, i);
    await new PeopleRepo(this.db).refreshLastContact(actor, i.personIds);
  }

  /** A no-op update that takes the interaction's row lock (see UrgesRepo.lock); false when it is not the actor's. */
  async lock(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('interactions')
      .set((eb) => ({ id: eb.ref('id') }))
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async get(actor: Actor, id: string): Promise<Interaction | undefined> {
    const r = await this.db
      .selectFrom('interactions')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    return (await this.withPeople(actor, [r]))[0];
  }

  /** Newest occurredAt first, `to` exclusive; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { personId?: string | undefined; from?: string | undefined; to?: string | undefined; after?: SortKey | null; limit: number },
  ): Promise<Interaction[]> {
    let q = this.db.selectFrom('interactions').select(columns).where('user_id', '=', actor.userId);
    if (opts.personId !== undefined) {
      const personId = opts.personId;
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('interaction_people').select('interaction_id').where('user_id', '=', actor.userId).where('person_id', '=', personId),
      );
    }
    if (opts.from !== undefined) q = q.where('occurred_at', '>=', opts.from);
    if (opts.to !== undefined) q = q.where('occurred_at', '<', opts.to);
    if (opts.after) q = q.where(before('occurred_at', opts.after));
    const rows = await q
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return this.withPeople(actor, rows);
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<Interaction[]> {
    const rows = await this.db
      .selectFrom('interactions')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    return this.withPeople(actor, rows);
  }

  /**
   * Writes `next` over `prev`; when who or when changed, the links are rewritten and everyone in
   * either version has their last contact recounted. After locking the interaction and both
   * versions' people.
   */
  async update(this: InteractionsRepo<Tx>, actor: Actor, prev: Interaction, next: Interaction): Promise<void> {
    await this.db
      .updateTable('interactions')
      .set({
        occurred_at: next.occurredAt,
        channel: next.channel,
        initiated_by: next.initiatedBy,
        minutes: next.minutes,
        warmth: next.warmth,
        support: next.support,
        gave: storedHelp(next.gave),
        received: storedHelp(next.received),
        topics: JSON.stringify(next.topics),
        reflection: next.reflection,
        updated_at: next.updatedAt,
      })
      .where('user_id', '=', actor.userId)
      .where('id', '=', next.id)
      .execute();
    const samePeople = prev.personIds.length === next.personIds.length && prev.personIds.every((id) => next.personIds.includes(id));
    if (samePeople && prev.occurredAt === next.occurredAt) {
      await this.db
        .updateTable('interaction_people')
        .set(linkFigures(next))
        .where('user_id', '=', actor.userId)
        .where('interaction_id', '=', next.id)
        .execute();
      return;
    }
    await this.db.deleteFrom('interaction_people').where('user_id', '=', actor.userId).where('interaction_id', '=', next.id).execute();
    await this.link(actor, next);
    await new PeopleRepo(this.db).refreshLastContact(actor, [...prev.personIds, ...next.personIds]);
  }

  /** False when the actor has no such interaction. After locking its people. */
  async delete(this: InteractionsRepo<Tx>, actor: Actor, i: Interaction): Promise<boolean> {
    const r = await this.db.deleteFrom('interactions').where('user_id', '=', actor.userId).where('id', '=', i.id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) return false;
    await new PeopleRepo(this.db).refreshLastContact(actor, i.personIds);
    return true;
  }

  /** What reciprocity needs of the time spent with one person, `from` ≤ occurredAt ≤ `to`: no reflections are read. */
  async withPerson(actor: Actor, personId: string, from: string, to: string): Promise<ReciprocityInteraction[]> {
    const rows = await this.db
      .selectFrom('interaction_people')
      .select(['initiated_by', 'gave', 'received', 'warmth', 'support'])
      .where('user_id', '=', actor.userId)
      .where('person_id', '=', personId)
      .where('occurred_at', '>=', from)
      .where('occurred_at', '<=', to)
      .orderBy('occurred_at')
      .execute();
    return rows.map((r) => ({
      initiatedBy: r.initiated_by as ReciprocityInteraction['initiatedBy'],
      gave: r.gave === 1,
      received: r.received === 1,
      warmth: r.warmth,
      support: r.support,
    }));
  }

  private async link(actor: Actor, i: Interaction): Promise<void> {
    await this.db
      .insertInto('interaction_people')
      .values(
        i.personIds.map((person_id) => ({
          interaction_id: i.id,
          person_id,
          user_id: actor.userId,
          occurred_at: i.occurredAt,
          ...linkFigures(i),
        })),
      )
      .execute();
  }

  private async withPeople(actor: Actor, rows: Row[]): Promise<Interaction[]> {
    if (rows.length === 0) return [];
    const people = new Map<string, string[]>();
    const ids = rows.map((r) => r.id);
    for (let k = 0; k < ids.length; k += 200) {
      const links = await this.db
        .selectFrom('interaction_people')
        .select(['interaction_id', 'person_id'])
        .where('user_id', '=', actor.userId)
        .where('interaction_id', 'in', ids.slice(k, k + 200))
        .orderBy('person_id')
        .execute();
      for (const l of links) {
        const list = people.get(l.interaction_id);
        if (list) list.push(l.person_id);
        else people.set(l.interaction_id, [l.person_id]);
      }
    }
    return rows.map((r) => toInteraction(r, people.get(r.id) ?? []));
  }
}
