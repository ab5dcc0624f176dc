import type { Actor } from '../../core/account/actor.js';
import type { AgreementTerms, AgreementVersion } from '../../contracts/pair/agreement.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Executor, Tx } from '../database.js';
import type { PairAgreementsTable } from '../schema.js';

const toVersion = (r: PairAgreementsTable): AgreementVersion => ({
  version: r.version,
  status: r.status,
  terms: {
    checkInRule: r.check_in_rule,
    checkInMinutes: r.check_in_minutes,
    timeZone: r.time_zone,
    dailyRequestCap: r.daily_request_cap,
    requestTemplate: r.request_template,
    acknowledgmentTemplate: r.acknowledgment_template,
  },
  proposedBy: r.proposed_by ?? '00000000-0000-4000-8000-000000000000',
  proposedAt: r.proposed_at,
  acceptedBy: r.accepted_by,
  acceptedAt: r.accepted_at,
});

export type AcceptOutcome = 'accepted' | 'stale' | 'own';

export class AgreementsRepo<E extends Executor = Executor> {
  constructor(private readonly db: E) {}

  /** Every version of the member's pair, newest first. */
  async history(member: PairMember): Promise<AgreementVersion[]> {
    const rows = await this.db
      .selectFrom('pair_agreements')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map(toVersion);
  }

  async current(member: PairMember): Promise<AgreementVersion | undefined> {
    const r = await this.db
      .selectFrom('pair_agreements')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where('status', '=', 'accepted')
      .executeTakeFirst();
    return r && toVersion(r);
  }

  /**
   * A new version, proposed by the member; an earlier proposal still waiting is replaced by it.
   * A unique violation means the other member proposed at the same moment.
   */
  async propose(this: AgreementsRepo<Tx>, member: PairMember, terms: AgreementTerms, now: string): Promise<number> {
    const last = await this.db
      .selectFrom('pair_agreements')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('pair_id', '=', member.pairId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await this.db
      .updateTable('pair_agreements')
      .set({ status: 'replaced' })
      .where('pair_id', '=', member.pairId)
      .where('status', '=', 'proposed')
      .execute();
    await this.db
      .insertInto('pair_agreements')
      .values({
        pair_id: member.pairId,
        version,
        status: 'proposed',
        proposed_by: member.userId,
        proposed_at: now,
        accepted_by: null,
        accepted_at: null,
        check_in_rule: terms.checkInRule,
        check_in_minutes: terms.checkInMinutes,
        time_zone: terms.timeZone,
        daily_request_cap: terms.dailyRequestCap,
        request_template: terms.requestTemplate,
        acknowledgment_template: terms.acknowledgmentTemplate,
      })
      .execute();
    return version;
  }

  /**
   * Accepts the pending version if it is still the pending one and the member did not propose it,
   * in one conditional update: of two accepts racing, exactly one changes a row. The version in
   * force before becomes superseded, and the pair's time zone follows the agreement.
   */
  async accept(this: AgreementsRepo<Tx>, member: PairMember, version: number, now: string): Promise<AcceptOutcome> {
    const row = await this.db
      .selectFrom('pair_agreements')
      .select(['status', 'proposed_by', 'time_zone'])
      .where('pair_id', '=', member.pairId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row || row.status !== 'proposed') return 'stale';
    if (row.proposed_by === member.userId) return 'own';
    const changed = await this.db
      .updateTable('pair_agreements')
      .set({ status: 'accepted', accepted_by: member.userId, accepted_at: now })
      .where('pair_id', '=', member.pairId)
      .where('version', '=', version)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) return 'stale';
    await this.db
      .updateTable('pair_agreements')
      .set({ status: 'superseded' })
      .where('pair_id', '=', member.pairId)
      .where('status', '=', 'accepted')
      .where('version', '!=', version)
      .execute();
    await this.db.updateTable('pairs').set({ time_zone: row.time_zone }).where('id', '=', member.pairId).execute();
    return 'accepted';
  }

  /** Versions the actor proposed, in every pair they were in, for their export. */
  /**
   * For account deletion: the formats a person wrote outlive them in their former pair's history
   * (proposed_by is only set to null), so their words are blanked first. The terms stay, so the
   * other partner's history keeps its versions.
   */
  async forgetWordsOf(actor: Actor): Promise<void> {
    await this.db
      .updateTable('pair_agreements')
      .set({ request_template: '', acknowledgment_template: '' })
      .where('proposed_by', '=', actor.userId)
      .execute();
  }

  async authoredBy(actor: Actor): Promise<Array<AgreementVersion & { pairId: string }>> {
    const rows = await this.db
      .selectFrom('pair_agreements')
      .selectAll()
      .where('proposed_by', '=', actor.userId)
      .orderBy('proposed_at')
      .execute();
    return rows.map((r) => ({ pairId: r.pair_id, ...toVersion(r) }));
  }
}
