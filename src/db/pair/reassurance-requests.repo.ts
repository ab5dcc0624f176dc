import { sql } from 'kysely';
import type { Actor } from '../../core/account/actor.js';
import type { EarlierRequest } from '../../core/pair/cap.js';
import type { PairMember } from '../../core/pair/member.js';
import type { ReassuranceRequest } from '../../contracts/pair/reassurance-requests.js';
import type { Executor, Tx } from '../database.js';
import type { ReassuranceRequestsTable } from '../schema.js';

type Row = ReassuranceRequestsTable;

const toRequest = (r: Row): ReassuranceRequest => ({
  id: r.id,
  requesterId: r.requester_id,
  message: r.message,
  context: r.context,
  minutes: r.minutes,
  inCheckInWindow: r.in_window === 1,
  status: r.status as ReassuranceRequest['status'],
  response: r.response as ReassuranceRequest['response'],
  note: r.note,
  laterAt: r.later_at,
  listening: r.listen_started_at && r.listen_ends_at ? { startedAt: r.listen_started_at, endsAt: r.listen_ends_at } : null,
  plan: r.plan,
  createdAt: r.created_at,
  answeredAt: r.answered_at,
  completedAt: r.completed_at,
});

export type RequestUpdate = Partial<
  Pick<
    Row,
    | 'status'
    | 'response'
    | 'responder_id'
    | 'note'
    | 'later_at'
    | 'listen_started_at'
    | 'listen_ends_at'
    | 'plan'
    | 'answered_at'
    | 'completed_at'
  >
>;

/** Requests live in the pair: every query filters by the member's pairId. */
export class ReassuranceRequestsRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /**
   * Takes the pair's row lock (an UPDATE that changes nothing) for the rest of the transaction, so
   * two requests racing for the last slot under the cap are counted one after the other on
   * PostgreSQL; SQLite runs write transactions one at a time already.
   */
  async lockPair(this: ReassuranceRequestsRepo<Tx>, member: PairMember): Promise<void> {
    await this.db
      .updateTable('pairs')
      .set({ time_zone: sql`time_zone` })
      .where('id', '=', member.pairId)
      .execute();
  }

  /** The member's own requests since `since` (enough to cover the pair's today). */
  async mineSince(member: PairMember, since: string): Promise<EarlierRequest[]> {
    const rows = await this.db
      .selectFrom('reassurance_requests')
      .select(['created_at', 'in_window'])
      .where('pair_id', '=', member.pairId)
      .where('requester_id', '=', member.userId)
      .where('created_at', '>=', since)
      .execute();
    return rows.map((r) => ({ createdAt: r.created_at, inCheckInWindow: r.in_window === 1 }));
  }

  async insert(member: PairMember, r: ReassuranceRequest): Promise<void> {
    await this.db
      .insertInto('reassurance_requests')
      .values({
        id: r.id,
        pair_id: member.pairId,
        requester_id: member.userId,
        message: r.message,
        context: r.context,
        minutes: r.minutes,
        in_window: r.inCheckInWindow ? 1 : 0,
        status: r.status,
        response: null,
        responder_id: null,
        note: null,
        later_at: null,
        listen_started_at: null,
        listen_ends_at: null,
        plan: null,
        created_at: r.createdAt,
        answered_at: null,
        completed_at: null,
      })
      .execute();
  }

  async get(member: PairMember, id: string): Promise<ReassuranceRequest | undefined> {
    const r = await this.db
      .selectFrom('reassurance_requests')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRequest(r);
  }

  /**
   * Applies a change only while the request is still in one of `from`: of two answers racing, the
   * second finds the status moved on and changes nothing. Returns whether a row changed.
   */
  async transition(member: PairMember, id: string, from: readonly string[], set: RequestUpdate): Promise<boolean> {
    const r = await this.db
      .updateTable('reassurance_requests')
      .set(set)
      .where('pair_id', '=', member.pairId)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async list(member: PairMember, limit: number): Promise<ReassuranceRequest[]> {
    const rows = await this.db
      .selectFrom('reassurance_requests')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRequest);
  }

  /** For the export: the requests the person sent, and the answers they gave, in every pair. */
  /**
   * For account deletion, before the pair's agreements are blanked: the person's own requests go
   * with them (requester_id cascades), but their words also sit in the partner's rows: a note they
   * wrote answering, and the request format they proposed, which each request was composed from
   * (core/pair/requests.ts: the format, then the requester's own context). The note is removed and
   * the message keeps only the requester's context.
   */
  async forgetWordsOf(actor: Actor): Promise<void> {
    await this.db.updateTable('reassurance_requests').set({ note: null }).where('responder_id', '=', actor.userId).execute();
    await this.db
      .updateTable('reassurance_requests as r')
      .set((eb) => ({ message: eb.fn.coalesce('r.context', sql.lit('')) }))
      .where('r.requester_id', '!=', actor.userId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('pair_agreements as a')
            .select('a.version')
            .whereRef('a.pair_id', '=', 'r.pair_id')
            .where('a.proposed_by', '=', actor.userId)
            .where('a.request_template', '!=', '')
            .where(sql<boolean>`substr(r.message, 1, length(a.request_template)) = a.request_template`),
        ),
      )
      .execute();
  }

  async written(actor: Actor): Promise<Array<ReassuranceRequest & { pairId: string }>> {
    const rows = await this.db
      .selectFrom('reassurance_requests')
      .selectAll()
      .where((w) => w.or([w('requester_id', '=', actor.userId), w('responder_id', '=', actor.userId)]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => {
      const request = toRequest(r);
      // What the partner wrote stays theirs: a responder's export keeps only their own answer.
      if (r.requester_id !== actor.userId) return { ...request, pairId: r.pair_id, message: '', context: null, plan: null };
      if (r.responder_id !== actor.userId) return { ...request, pairId: r.pair_id, note: null };
      return { ...request, pairId: r.pair_id };
    });
  }
}
