import { sql } from 'kysely';
import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import type { PairEnding, PastPair } from '../../contracts/pair/pair.js';
import type { Executor, Tx } from '../database.js';

export interface Membership {
  pairId: string;
  partnerId: string;
  partnerDisplayName: string;
  timeZone: string;
  linkedAt: string;
}

export class PairsRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** The actor's active pair, if any: the one read every pair route starts from. */
  async activeMembership(actor: Actor): Promise<Membership | undefined> {
    return this.activeMembershipOf(actor.userId);
  }

  /**
   * The same by a bare user id, for work the server does on a person's behalf with no request
   * behind it (planning their check-in reminder); never for answering a request.
   */
  async activeMembershipOf(userId: string): Promise<Membership | undefined> {
    const r = await this.db
      .selectFrom('pair_members as me')
      .innerJoin('pairs as p', 'p.id', 'me.pair_id')
      .innerJoin('pair_members as them', (j) => j.onRef('them.pair_id', '=', 'me.pair_id').onRef('them.user_id', '!=', 'me.user_id'))
      .innerJoin('users as u', 'u.id', 'them.user_id')
      .select(['p.id as pair_id', 'p.time_zone', 'p.created_at', 'them.user_id as partner_id', 'u.display_name'])
      .where('me.user_id', '=', userId)
      .where('me.left_at', 'is', null)
      .executeTakeFirst();
    return (
      r && { pairId: r.pair_id, partnerId: r.partner_id, partnerDisplayName: r.display_name, timeZone: r.time_zone, linkedAt: r.created_at }
    );
  }

  /** Replaces any earlier unused invitation of the inviter: only the newest code works. */
  async createInvitation(actor: Actor, codeHash: string, now: string, expiresAt: string): Promise<void> {
    await this.db.deleteFrom('pair_invitations').where('inviter_id', '=', actor.userId).where('used_at', 'is', null).execute();
    await this.db
      .insertInto('pair_invitations')
      .values({ code_hash: codeHash, inviter_id: actor.userId, created_at: now, expires_at: expiresAt, used_at: null })
      .execute();
  }

  /**
   * Marks a live invitation used and returns its inviter, in one statement: of two joins racing
   * with the same code exactly one sees a row change. Someone's own code does not link them.
   */
  async consumeInvitation(actor: Actor, codeHash: string, now: string): Promise<string | undefined> {
    const r = await this.db
      .updateTable('pair_invitations')
      .set({ used_at: now })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .where('inviter_id', '!=', actor.userId)
      .returning('inviter_id')
      .executeTakeFirst();
    return r?.inviter_id;
  }

  /**
   * A unique violation means one of them is already in a pair. A new link replaces the news of
   * how an earlier pair ended.
   */
  async createPair(this: PairsRepo<Tx>, id: string, userIds: [string, string], timeZone: string, now: string): Promise<void> {
    await this.db
      .updateTable('pair_members')
      .set({ ending: null })
      .where('user_id', 'in', userIds)
      .where('ending', 'is not', null)
      .execute();
    await this.db.insertInto('pairs').values({ id, time_zone: timeZone, created_at: now, ended_at: null }).execute();
    await this.db
      .insertInto('pair_members')
      .values(userIds.map((user_id) => ({ pair_id: id, user_id, joined_at: now, left_at: null, ending: null })))
      .execute();
  }

  /** Ends the pair for both at once; the partner who did not unlink is told, once. */
  async end(member: PairMember, now: string): Promise<void> {
    await this.closePair(member.pairId, member.userId, 'partner-unlinked', now);
  }

  /**
   * Ends the actor's active pair because they are deleting their account, in the deletion's
   * transaction, before the user row goes (its cascade would take the membership that says which
   * pair it was). Returns who was told, for the live event after the commit.
   */
  async endForDeparture(this: PairsRepo<Tx>, actor: Actor, now: string): Promise<{ pairId: string; partnerIds: string[] } | undefined> {
    const mine = await this.db
      .selectFrom('pair_members')
      .select('pair_id')
      .where('user_id', '=', actor.userId)
      .where('left_at', 'is', null)
      .executeTakeFirst();
    if (!mine) return undefined;
    const others = await this.db
      .selectFrom('pair_members')
      .select('user_id')
      .where('pair_id', '=', mine.pair_id)
      .where('user_id', '!=', actor.userId)
      .where('left_at', 'is', null)
      .execute();
    await this.closePair(mine.pair_id, actor.userId, 'partner-deleted-account', now);
    return { pairId: mine.pair_id, partnerIds: others.map((o) => o.user_id) };
  }

  private async closePair(pairId: string, endedBy: string, ending: NonNullable<PairEnding['reason']>, now: string): Promise<void> {
    await this.db
      .updateTable('pair_members')
      .set((eb) => ({
        left_at: now,
        ending: eb.case().when('user_id', '=', endedBy).then(sql.lit(null)).else(ending).end(),
      }))
      .where('pair_id', '=', pairId)
      .where('left_at', 'is', null)
      .execute();
    await this.db.updateTable('pairs').set({ ended_at: now }).where('id', '=', pairId).where('ended_at', 'is', null).execute();
  }

  /** How the actor's last pair ended, when they are owed the news (read only while they are not linked). */
  async ending(actor: Actor): Promise<PairEnding | undefined> {
    const r = await this.db
      .selectFrom('pair_members')
      .select(['ending', 'left_at'])
      .where('user_id', '=', actor.userId)
      .where('ending', 'is not', null)
      .where('left_at', 'is not', null)
      .orderBy('left_at', 'desc')
      .executeTakeFirst();
    return r?.ending && r.left_at ? { reason: r.ending, endedAt: r.left_at } : undefined;
  }

  /** The actor has read the news; nothing else changes. */
  async dismissEnding(actor: Actor): Promise<void> {
    await this.db
      .updateTable('pair_members')
      .set({ ending: null })
      .where('user_id', '=', actor.userId)
      .where('ending', 'is not', null)
      .execute();
  }

  /** Every pair the actor was ever in, oldest first, for the export and the archive. */
  async history(actor: Actor): Promise<PastPair[]> {
    const rows = await this.db
      .selectFrom('pair_members as me')
      .innerJoin('pairs as p', 'p.id', 'me.pair_id')
      .leftJoin('pair_members as them', (j) => j.onRef('them.pair_id', '=', 'me.pair_id').onRef('them.user_id', '!=', 'me.user_id'))
      .leftJoin('users as u', 'u.id', 'them.user_id')
      .select(['p.id', 'p.created_at', 'p.ended_at', 'u.display_name'])
      .where('me.user_id', '=', actor.userId)
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({ id: r.id, partnerDisplayName: r.display_name ?? null, linkedAt: r.created_at, endedAt: r.ended_at }));
  }
}
