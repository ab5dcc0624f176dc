import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';
import type { FeedbackLinksTable } from '../schema.js';

export interface FeedbackLinkRow {
  id: string;
  personId: string;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  supportive: string | null;
  different: string | null;
  other: string | null;
  crisis: boolean;
}

/** Never the token hash: it leaves this file only as a lookup key. */
const columns = ['id', 'person_id', 'created_at', 'expires_at', 'answered_at', 'supportive', 'different', 'other', 'crisis'] as const;
type Row = Pick<FeedbackLinksTable, (typeof columns)[number]>;

const toRow = (r: Row): FeedbackLinkRow => ({
  id: r.id,
  personId: r.person_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  answeredAt: r.answered_at,
  supportive: r.supportive,
  different: r.different,
  other: r.other,
  crisis: r.crisis === 1,
});

/**
 * What the public form may know about a link: whether it is open, the asker's display name, and
 * whether the asker logged any time with this person (so the form never claims time that wasn't).
 */
export interface PublicLink {
  expiresAt: string;
  answeredAt: string | null;
  askerName: string;
  timeTogether: boolean;
}

export class FeedbackLinksRepo {
  constructor(private readonly db: Executor) {}

  async insert(
    actor: Actor,
    link: { id: string; personId: string; tokenHash: string; createdAt: string; expiresAt: string },
  ): Promise<void> {
    await this.db
      .insertInto('feedback_links')
      .values({
        id: link.id,
        user_id: actor.userId,
        person_id: link.personId,
        token_hash: link.tokenHash,
        created_at: link.createdAt,
        expires_at: link.expiresAt,
        answered_at: null,
        supportive: null,
        different: null,
        other: null,
        crisis: null,
      })
      .execute();
  }

  /** One person's links, newest first; or all of them when no person is named (the export). */
  async list(actor: Actor, personId?: string): Promise<FeedbackLinkRow[]> {
    const rows = await this.db
      .selectFrom('feedback_links')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .$if(personId !== undefined, (q) => q.where('person_id', '=', personId!))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toRow);
  }

  /** Links that still open the form (unanswered, not expired), with the name of whom each was sent to. */
  async open(actor: Actor, now: string): Promise<Array<{ id: string; personName: string; createdAt: string; expiresAt: string }>> {
    const rows = await this.db
      .selectFrom('feedback_links')
      .innerJoin('people', (j) =>
        j.onRef('people.id', '=', 'feedback_links.person_id').onRef('people.user_id', '=', 'feedback_links.user_id'),
      )
      .select(['feedback_links.id', 'people.name', 'feedback_links.created_at', 'feedback_links.expires_at'])
      .where('feedback_links.user_id', '=', actor.userId)
      .where('feedback_links.answered_at', 'is', null)
      .where('feedback_links.expires_at', '>', now)
      .orderBy('feedback_links.created_at', 'desc')
      .orderBy('feedback_links.id', 'desc')
      .execute();
    return rows.map((r) => ({ id: r.id, personName: r.name, createdAt: r.created_at, expiresAt: r.expires_at }));
  }

  /**
   * Closes every unanswered link now: its form then says it is closed, like one whose time ran
   * out. Answers already given stay, they are the person's own.
   */
  async closeOpen(actor: Actor, now: string): Promise<void> {
    await this.db
      .updateTable('feedback_links')
      .set({ expires_at: now })
      .where('user_id', '=', actor.userId)
      .where('answered_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('feedback_links').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** One lookup by the unique hash, whatever the token looked like. */
  async byTokenHash(tokenHash: string): Promise<PublicLink | undefined> {
    const r = await this.db
      .selectFrom('feedback_links')
      .innerJoin('users', 'users.id', 'feedback_links.user_id')
      .select(['feedback_links.expires_at', 'feedback_links.answered_at', 'users.display_name'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('interaction_people')
              .select('interaction_people.interaction_id')
              .whereRef('interaction_people.user_id', '=', 'feedback_links.user_id')
              .whereRef('interaction_people.person_id', '=', 'feedback_links.person_id'),
          )
          .as('together'),
      )
      .where('feedback_links.token_hash', '=', tokenHash)
      .executeTakeFirst();
    // SQLite answers EXISTS with 0/1, PostgreSQL with a boolean.
    return (
      r && { expiresAt: r.expires_at, answeredAt: r.answered_at, askerName: r.display_name, timeTogether: Boolean(Number(r.together)) }
    );
  }

  /**
   * Stores the answer once: the conditions sit in the UPDATE itself, so two answers racing each
   * other cannot both win. False when the link is unknown, already answered or expired.
   */
  async answer(
    tokenHash: string,
    a: { supportive: string; different: string | null; other: string | null; crisis: boolean },
    now: string,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('feedback_links')
      .set({ answered_at: now, supportive: a.supportive, different: a.different, other: a.other, crisis: a.crisis ? 1 : 0 })
      .where('token_hash', '=', tokenHash)
      .where('answered_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
