import type { Actor } from '../../core/account/actor.js';
import type { WaitInput } from '../../core/reassurance/waiting-ladder.js';
import type { Executor } from '../database.js';

/** The person's waits, read for the waiting ladder: only their own rows, never a partner's. */
export class WaitingLadderRepo {
  constructor(private readonly db: Executor) {}

  /** Every urge with a wait of a minute or more, oldest first, with its follow-up ratings. */
  async waits(actor: Actor): Promise<WaitInput[]> {
    const urges = await this.db
      .selectFrom('urges')
      .select(['id', 'occurred_at', 'delay_minutes', 'anxiety_before'])
      .where('user_id', '=', actor.userId)
      .where('delay_minutes', '>=', 1)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    if (urges.length === 0) return [];
    // One joined read rather than an `in` list, which would outgrow the dialects' parameter limits.
    const followUps = await this.db
      .selectFrom('urge_follow_ups as f')
      .innerJoin('urges as u', 'u.id', 'f.urge_id')
      .select(['f.urge_id', 'f.minutes_after', 'f.anxiety'])
      .where('f.user_id', '=', actor.userId)
      .where('u.user_id', '=', actor.userId)
      .where('u.delay_minutes', '>=', 1)
      .execute();
    const byUrge = new Map<string, WaitInput['followUps'][number][]>();
    for (const f of followUps) {
      const list = byUrge.get(f.urge_id) ?? [];
      list.push({ minutesAfter: f.minutes_after, anxiety: f.anxiety });
      byUrge.set(f.urge_id, list);
    }
    return urges.map((u) => ({
      urgeId: u.id,
      occurredAt: u.occurred_at,
      delayMinutes: u.delay_minutes ?? 0,
      anxietyBefore: u.anxiety_before,
      followUps: byUrge.get(u.id) ?? [],
    }));
  }
}
