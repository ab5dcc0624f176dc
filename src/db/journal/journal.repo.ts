import type { Actor } from '../../core/account/actor.js';
import type { Cursor } from '../../core/paging.js';
import type { JournalEntry } from '../../contracts/journal/journal.js';
import type { Executor, Tx } from '../database.js';
import { prepared } from '../prepared.js';
import type { JournalEntriesTable } from '../schema.js';

const columns = ['id', 'text', 'mood', 'tags', 'prompt', 'created_at', 'updated_at'] as const;
type Row = Pick<JournalEntriesTable, (typeof columns)[number]>;

function toEntry(r: Row): JournalEntry {
  return {
    id: r.id,
    text: r.text,
    mood: r.mood,
    tags: JSON.parse(r.tags) as string[],
    prompt: r.prompt,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The journal list, one compiled statement per combination of tag filter and cursor. */
const page = prepared(
  (db: Executor, userId: string, limit: number, tag: string | undefined, afterCreatedAt: string | undefined, afterId: string | undefined) =>
    db
      .selectFrom('journal_entries as e')
      .select(columns.map((c) => `e.${c}` as const))
      .where('e.user_id', '=', userId)
      .$if(tag !== undefined, (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('journal_entry_tags as t')
              .select('t.entry_id')
              .whereRef('t.entry_id', '=', 'e.id')
              .where('t.user_id', '=', userId)
              .where('t.tag', '=', tag!),
          ),
        ),
      )
      .$if(afterCreatedAt !== undefined, (q) =>
        q.where((eb) =>
          eb.or([eb('e.created_at', '<', afterCreatedAt!), eb.and([eb('e.created_at', '=', afterCreatedAt!), eb('e.id', '<', afterId!)])]),
        ),
      )
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit),
);

export class JournalRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** The entry and its tag index are written together. */
  async insert(this: JournalRepo<Tx>, actor: Actor, e: JournalEntry): Promise<JournalEntry> {
    await this.db
      .insertInto('journal_entries')
      .values({
        id: e.id,
        user_id: actor.userId,
        text: e.text,
        mood: e.mood,
        tags: JSON.stringify(e.tags),
        prompt: e.prompt,
        created_at: e.createdAt,
        updated_at: e.updatedAt,
      })
      .execute();
    await this.writeTags(actor, e.id, e.tags);
    return e;
  }

  async get(actor: Actor, id: string): Promise<JournalEntry | undefined> {
    const r = await this.db
      .selectFrom('journal_entries')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toEntry(r);
  }

  /** Newest first; fetches `limit + 1` so the caller can tell whether another page exists. */
  async list(actor: Actor, opts: { tag?: string | undefined; after?: Cursor | null; limit: number }): Promise<JournalEntry[]> {
    const rows = await page(this.db, actor.userId, opts.limit + 1, opts.tag, opts.after?.createdAt, opts.after?.id);
    return rows.map(toEntry);
  }

  /** The moods written in [from, to), oldest first: entries without one are not read (a range of journal_entries_user_created). */
  async moods(actor: Actor, range: { from: string; to: string }): Promise<{ at: string; mood: number }[]> {
    const rows = await this.db
      .selectFrom('journal_entries')
      .select(['created_at', 'mood'])
      .where('user_id', '=', actor.userId)
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .where('mood', 'is not', null)
      .orderBy('created_at')
      .execute();
    return rows.flatMap((r) => (r.mood === null ? [] : [{ at: r.created_at, mood: r.mood }]));
  }

  /** Everything, oldest first, for export. */
  async all(actor: Actor): Promise<JournalEntry[]> {
    const rows = await this.db
      .selectFrom('journal_entries')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  /** Returns false when the actor has no such entry. */
  async update(this: JournalRepo<Tx>, actor: Actor, e: JournalEntry): Promise<boolean> {
    const r = await this.db
      .updateTable('journal_entries')
      .set({ text: e.text, mood: e.mood, tags: JSON.stringify(e.tags), prompt: e.prompt, updated_at: e.updatedAt })
      .where('user_id', '=', actor.userId)
      .where('id', '=', e.id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return false;
    await this.db.deleteFrom('journal_entry_tags').where('user_id', '=', actor.userId).where('entry_id', '=', e.id).execute();
    await this.writeTags(actor, e.id, e.tags);
    return true;
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('journal_entries').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  private async writeTags(actor: Actor, entryId: string, tags: string[]): Promise<void> {
    if (tags.length === 0) return;
    await this.db
      .insertInto('journal_entry_tags')
      .values(tags.map((tag) => ({ entry_id: entryId, user_id: actor.userId, tag })))
      .execute();
  }
}
