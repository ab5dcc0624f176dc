import { sql } from 'kysely';
import type { Actor } from '../../core/account/actor.js';
import type { SortKey } from '../../core/paging.js';
import { CONTEXTS, type Closeness, type Context, type Person } from '../../contracts/social/people.js';
import type { KnownPerson, NewPerson, PersonFill } from '../../core/social/import-plan.js';
import { nameKey } from '../../core/social/name-key.js';
import type { RhythmPerson } from '../../core/social/reach-out.js';
import type { Executor, Tx } from '../database.js';
import { before } from '../keyset.js';
import type { PeopleTable } from '../schema.js';

const columns = [
  'id',
  'name',
  'closeness',
  'rhythm_days',
  'notes',
  'snoozed_until',
  'last_contact_at',
  'created_at',
  'updated_at',
] as const;
type Row = Pick<PeopleTable, (typeof columns)[number]>;

const contextOrder = new Map<string, number>(CONTEXTS.map((c, i) => [c, i]));
const byContextOrder = (a: string, b: string) => (contextOrder.get(a) ?? 99) - (contextOrder.get(b) ?? 99);

const toPerson = (r: Row, contexts: string[]): Person => ({
  id: r.id,
  name: r.name,
  contexts: [...contexts].sort(byContextOrder) as Context[],
  closeness: r.closeness as Closeness,
  rhythmDays: r.rhythm_days,
  notes: r.notes,
  snoozedUntil: r.snoozed_until,
  lastContactAt: r.last_contact_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A person as written; `lastContactAt` is only ever set by {@link PeopleRepo.refreshLastContact}. */
export type PersonWrite = Omit<Person, 'lastContactAt'> & { vcardUid?: string | null };

/** Rows per multi-row INSERT: well under both dialects' bound-parameter limits. */
const CHUNK = 200;

/**
 * The social map's people (issue 6). Every method is scoped to the actor in SQL: another person's
 * id (a partner's included) reads as missing. Other social features (invitations, feedback links,
 * disclosures, insights) check ownership with {@link PeopleRepo.get} or {@link PeopleRepo.owned}.
 */
export class PeopleRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** Adds a person and their contexts. */
  async insert(this: PeopleRepo<Tx>, actor: Actor, p: PersonWrite): Promise<void> {
    await this.db.insertInto('people').values(this.row(actor, p)).execute();
    await this.writeContexts(actor, p.id, p.contexts);
  }

  /** One person of the actor's, or undefined (also for someone else's id). */
  async get(actor: Actor, id: string): Promise<Person | undefined> {
    const r = await this.db
      .selectFrom('people')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    return (await this.withContexts(actor, [r]))[0];
  }

  /** Which of these ids are the actor's people. */
  async owned(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('people')
      .select('id')
      .where('user_id', '=', actor.userId)
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** Newest first, optionally one context or closeness; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(
    actor: Actor,
    opts: { context?: Context | undefined; closeness?: Closeness | undefined; after?: SortKey | null; limit: number },
  ): Promise<Person[]> {
    let q = this.db.selectFrom('people').select(columns).where('user_id', '=', actor.userId);
    if (opts.closeness !== undefined) q = q.where('closeness', '=', opts.closeness);
    if (opts.context !== undefined) {
      const context = opts.context;
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('person_contexts').select('person_id').where('user_id', '=', actor.userId).where('context', '=', context),
      );
    }
    if (opts.after) q = q.where(before('created_at', opts.after));
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit + 1)
      .execute();
    return this.withContexts(actor, rows);
  }

  /** Everyone on the actor's map, oldest first (export, insights, calendar). */
  async all(actor: Actor): Promise<Person[]> {
    const rows = await this.db
      .selectFrom('people')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.withContexts(actor, rows);
  }

  /** People with a rhythm, in the shape the reach-out list needs; nobody's notes are read. */
  async withRhythm(actor: Actor): Promise<RhythmPerson[]> {
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'name', 'rhythm_days', 'last_contact_at', 'created_at', 'snoozed_until'])
      .where('user_id', '=', actor.userId)
      .where('rhythm_days', 'is not', null)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      rhythmDays: r.rhythm_days,
      lastContactAt: r.last_contact_at,
      createdAt: r.created_at,
      snoozedUntil: r.snoozed_until,
    }));
  }

  /** Replaces a person's fields and contexts; false when the actor has no such person. */
  async update(this: PeopleRepo<Tx>, actor: Actor, p: PersonWrite): Promise<boolean> {
    const { id: _id, user_id: _user, created_at: _created, vcard_uid: _uid, last_contact_at: _last, ...fields } = this.row(actor, p);
    const r = await this.db.updateTable('people').set(fields).where('user_id', '=', actor.userId).where('id', '=', p.id).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    await this.db.deleteFrom('person_contexts').where('user_id', '=', actor.userId).where('person_id', '=', p.id).execute();
    await this.writeContexts(actor, p.id, p.contexts);
    return true;
  }

  /**
   * Deletes a person with their contexts and interaction links; an interaction left with nobody
   * is deleted too (one shared with others stays, theirs). False when the actor has no such
   * person.
   */
  async delete(this: PeopleRepo<Tx>, actor: Actor, id: string): Promise<boolean> {
    const linked = await this.db
      .selectFrom('interaction_people')
      .select('interaction_id')
      .where('user_id', '=', actor.userId)
      .where('person_id', '=', id)
      .orderBy('interaction_id')
      .execute();
    const ids = linked.map((l) => l.interaction_id);
    // Interactions before people, the order every interaction write takes its locks in.
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.db
        .updateTable('interactions')
        .set((eb) => ({ id: eb.ref('id') }))
        .where('user_id', '=', actor.userId)
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
    }
    const r = await this.db.deleteFrom('people').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) return false;
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.db
        .deleteFrom('interactions')
        .where('user_id', '=', actor.userId)
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('interaction_people').select(sql.lit(1).as('one')).whereRef('interaction_id', '=', 'interactions.id')),
          ),
        )
        .execute();
    }
    return true;
  }

  /**
   * Takes the row locks of these people (sorted, so two writers never wait on each other in a
   * circle) and says whether all of them are the actor's. Taken before changing
   * interactions: a concurrent write for the same person then waits, and the
   * last-contact recount after it sees every committed link.
   */
  async lock(this: PeopleRepo<Tx>, actor: Actor, ids: readonly string[]): Promise<boolean> {
    for (const id of [...new Set(ids)].sort()) {
      const r = await this.db
        .updateTable('people')
        .set((eb) => ({ id: eb.ref('id') }))
        .where('user_id', '=', actor.userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
    }
    return true;
  }

  /** people.last_contact_at = the latest interaction with each of them, in the transaction that changed their links. */
  async refreshLastContact(this: PeopleRepo<Tx>, actor: Actor, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      await this.db
        .updateTable('people')
        .set((eb) => ({
          last_contact_at: eb
            .selectFrom('interaction_people')
            .select((s) => s.fn.max('interaction_people.occurred_at').as('latest'))
            .whereRef('interaction_people.person_id', '=', 'people.id'),
        }))
        .where('user_id', '=', actor.userId)
        .where('id', 'in', unique.slice(i, i + CHUNK))
        .execute();
    }
  }

  /**
   * What an import matches cards against: names, UIDs and whether notes exist (not the notes).
   * In the import's transaction, it first takes the lock of the actor's user row, so two
   * imports sent at once (a double click, a retry) run one after the other and the second merges
   * into the first instead of adding everyone twice.
   */
  async importKeys(this: PeopleRepo<Tx>, actor: Actor): Promise<KnownPerson[]> {
    await this.db
      .updateTable('users')
      .set((eb) => ({ id: eb.ref('id') }))
      .where('id', '=', actor.userId)
      .execute();
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'name', 'name_key', 'vcard_uid'])
      .select((eb) => eb.case().when('notes', 'is', null).then(0).else(1).end().as('has_notes'))
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, nameKey: r.name_key, uid: r.vcard_uid, hasNotes: Number(r.has_notes) === 1 }));
  }

  /** Writes an import's new people (closeness 'new', no contexts, no rhythm) and fills. */
  async applyImport(
    this: PeopleRepo<Tx>,
    actor: Actor,
    create: readonly NewPerson[],
    fill: readonly PersonFill[],
    now: string,
  ): Promise<void> {
    const rows = create.map((p) =>
      this.row(actor, {
        id: p.id,
        name: p.name,
        contexts: [],
        closeness: 'new',
        rhythmDays: null,
        notes: p.notes,
        snoozedUntil: null,
        createdAt: now,
        updatedAt: now,
        vcardUid: p.uid,
      }),
    );
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.db
        .insertInto('people')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    for (const f of fill) {
      await this.db
        .updateTable('people')
        .set({
          ...(f.notes !== undefined && { notes: f.notes }),
          ...(f.uid !== undefined && { vcard_uid: f.uid }),
          updated_at: now,
        })
        .where('user_id', '=', actor.userId)
        .where('id', '=', f.id)
        .execute();
    }
  }

  private row(actor: Actor, p: PersonWrite): PeopleTable {
    return {
      id: p.id,
      user_id: actor.userId,
      name: p.name,
      name_key: nameKey(p.name),
      closeness: p.closeness,
      rhythm_days: p.rhythmDays,
      notes: p.notes,
      vcard_uid: p.vcardUid ?? null,
      snoozed_until: p.snoozedUntil,
      last_contact_at: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    };
  }

  private async writeContexts(actor: Actor, personId: string, contexts: readonly string[]): Promise<void> {
    if (contexts.length === 0) return;
    await this.db
      .insertInto('person_contexts')
      .values(contexts.map((context) => ({ person_id: personId, user_id: actor.userId, context })))
      .execute();
  }

  private async withContexts(actor: Actor, rows: Row[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const contexts = new Map<string, string[]>();
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.db
        .selectFrom('person_contexts')
        .select(['person_id', 'context'])
        .where('user_id', '=', actor.userId)
        .where('person_id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const c of found) {
        const list = contexts.get(c.person_id);
        if (list) list.push(c.context);
        else contexts.set(c.person_id, [c.context]);
      }
    }
    return rows.map((r) => toPerson(r, contexts.get(r.id) ?? []));
  }
}
