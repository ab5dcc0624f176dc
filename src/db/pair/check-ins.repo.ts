import type { Actor } from '../../core/account/actor.js';
import { randomUUID } from 'node:crypto';
import type { PairMember } from '../../core/pair/member.js';
import type { Executor } from '../database.js';
import type { PairCheckInsTable } from '../schema.js';

export type CheckInRow = PairCheckInsTable;

export class CheckInsRepo {
  constructor(private readonly db: Executor) {}

  /**
   * The row for one occurrence, made the first time either member asks: keyed by pair and start,
   * so two readers at once share one id.
   */
  async materialize(member: PairMember, startsAt: string, endsAt: string, minutes: number): Promise<CheckInRow> {
    await this.db
      .insertInto('pair_check_ins')
      .values({
        id: randomUUID(),
        pair_id: member.pairId,
        starts_at: startsAt,
        ends_at: endsAt,
        minutes,
        completed_at: null,
        completed_by: null,
        duration_minutes: null,
        notes: null,
      })
      // Already shown once: an open one takes the length agreed since; a completed one stays as it was held.
      .onConflict((oc) =>
        oc.columns(['pair_id', 'starts_at']).doUpdateSet({ ends_at: endsAt, minutes }).where('pair_check_ins.completed_at', 'is', null),
      )
      .execute();
    return this.db
      .selectFrom('pair_check_ins')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where('starts_at', '=', startsAt)
      .executeTakeFirstOrThrow();
  }

  async get(member: PairMember, id: string): Promise<CheckInRow | undefined> {
    return this.db.selectFrom('pair_check_ins').selectAll().where('pair_id', '=', member.pairId).where('id', '=', id).executeTakeFirst();
  }

  /** Completes it once; false when it was already completed (by either member). */
  async complete(member: PairMember, id: string, now: string, durationMinutes: number, notes: string | null): Promise<boolean> {
    const r = await this.db
      .updateTable('pair_check_ins')
      .set({ completed_at: now, completed_by: member.userId, duration_minutes: durationMinutes, notes })
      .where('pair_id', '=', member.pairId)
      .where('id', '=', id)
      .where('completed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Check-ins the person completed (and so wrote the notes of), for their export. */
  /** For account deletion: check-in notes the person wrote would outlive them (completed_by is only set to null). */
  async forgetNotesOf(actor: Actor): Promise<void> {
    await this.db.updateTable('pair_check_ins').set({ notes: null }).where('completed_by', '=', actor.userId).execute();
  }

  async completedBy(actor: Actor): Promise<CheckInRow[]> {
    return this.db.selectFrom('pair_check_ins').selectAll().where('completed_by', '=', actor.userId).orderBy('starts_at').execute();
  }
}
