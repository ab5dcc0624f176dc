import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import type { StressPlanStep, StressPlanVersion } from '../../contracts/pair/stress-plan.js';
import type { Executor, Tx } from '../database.js';
import type { StressPlansTable } from '../schema.js';

const toVersion = (r: StressPlansTable): StressPlanVersion => ({
  version: r.version,
  steps: JSON.parse(r.steps) as StressPlanStep[],
  status: r.status as StressPlanVersion['status'],
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  acceptedBy: r.accepted_by,
  acceptedAt: r.accepted_at,
});

export class StressPlansRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** Every version, newest first. */
  async history(member: PairMember): Promise<StressPlanVersion[]> {
    const rows = await this.db
      .selectFrom('stress_plans')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map(toVersion);
  }

  /**
   * A new proposal replaces any proposal still waiting, and takes the next version number; two proposals racing for the same number meet the primary key.
   */
  async propose(this: StressPlansRepo<Tx>, member: PairMember, steps: StressPlanStep[], now: string): Promise<number> {
    const top = await this.db
      .selectFrom('stress_plans')
      .select((e) => e.fn.max('version').as('v'))
      .where('pair_id', '=', member.pairId)
      .executeTakeFirst();
    const version = Number(top?.v ?? 0) + 1;
    await this.db
      .updateTable('stress_plans')
      .set({ status: 'replaced' })
      .where('pair_id', '=', member.pairId)
      .where('status', '=', 'proposed')
      .execute();
    await this.db
      .insertInto('stress_plans')
      .values({
        pair_id: member.pairId,
        version,
        proposed_by: member.userId,
        steps: JSON.stringify(steps),
        status: 'proposed',
        proposed_at: now,
        accepted_by: null,
        accepted_at: null,
      })
      .execute();
    return version;
  }

  async get(member: PairMember, version: number): Promise<StressPlanVersion | undefined> {
    const r = await this.db
      .selectFrom('stress_plans')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where('version', '=', version)
      .executeTakeFirst();
    return r && toVersion(r);
  }

  /**
   * Accepts a waiting proposal the member did not make, in one statement: of two accepts racing,
   * exactly one changes the row.
   */
  async accept(member: PairMember, version: number, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('stress_plans')
      .set({ status: 'accepted', accepted_by: member.userId, accepted_at: now })
      .where('pair_id', '=', member.pairId)
      .where('version', '=', version)
      .where('status', '=', 'proposed')
      .where('proposed_by', '!=', member.userId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The versions the person proposed, in every pair, for the export. */
  async written(actor: Actor): Promise<Array<StressPlanVersion & { pairId: string }>> {
    const rows = await this.db
      .selectFrom('stress_plans')
      .selectAll()
      .where('proposed_by', '=', actor.userId)
      .orderBy('proposed_at')
      .execute();
    return rows.map((r) => ({ ...toVersion(r), pairId: r.pair_id }));
  }
}
