import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Goal } from '../../contracts/pair/goals.js';
import type { Executor } from '../database.js';
import type { GoalsTable } from '../schema.js';

/**
 * Who is asking about goals: the signed-in person, and their active pair if they are in one.
 * What they may see, decided in SQL (so a missing check returns nothing, not someone's goal):
 * their own personal goals; their current pair's joint goals; their partner's personal goals that
 * the partner shared with this pair. Nothing else, not even as a count.
 *
 * A personal goal is shared with a pair, not with whoever the author is linked with later: sharing
 * records the pair (`pair_id`), and once that pair ends the goal is the author's alone again, shown
 * to them as not shared, until they share it with a partner they have now.
 */
export interface GoalViewer {
  actor: Actor;
  member: PairMember | null;
}

export type GoalRow = Omit<Goal, 'notes'>;

/** What a joint goal is called once the partner who last worded it has deleted their account. */
export const FORGOTTEN_TITLE = 'A goal for the two of you';

const sharedNow = (r: GoalsTable, viewer: GoalViewer): boolean =>
  r.scope === 'joint' || (r.shared === 1 && r.pair_id !== null && r.pair_id === viewer.member?.pairId);

const toGoal = (r: GoalsTable, viewer: GoalViewer): GoalRow => ({
  id: r.id,
  ownerId: r.user_id,
  title: r.title,
  scope: r.scope as Goal['scope'],
  weekStart: r.week_start,
  shared: sharedNow(r, viewer),
  done: r.done === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class GoalsRepo {
  constructor(private readonly db: Executor) {}

  private visible(viewer: GoalViewer) {
    const { actor, member } = viewer;
    return this.db.selectFrom('goals').where((w) => {
      const own = w.and([w('scope', '=', 'personal'), w('user_id', '=', actor.userId)]);
      if (!member) return own;
      return w.or([
        own,
        w.and([w('scope', '=', 'joint'), w('pair_id', '=', member.pairId)]),
        w.and([w('scope', '=', 'personal'), w('shared', '=', 1), w('user_id', '=', member.partnerId), w('pair_id', '=', member.pairId)]),
      ]);
    });
  }

  async insert(viewer: GoalViewer, g: GoalRow): Promise<void> {
    await this.db
      .insertInto('goals')
      .values({
        id: g.id,
        user_id: viewer.actor.userId,
        pair_id: g.scope === 'joint' || g.shared ? (viewer.member?.pairId ?? null) : null,
        scope: g.scope,
        title: g.title,
        week_start: g.weekStart,
        shared: g.shared && viewer.member ? 1 : 0,
        done: g.done ? 1 : 0,
        created_at: g.createdAt,
        updated_at: g.updatedAt,
      })
      .execute();
  }

  async get(viewer: GoalViewer, id: string): Promise<Goal | undefined> {
    const r = await this.visible(viewer).selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return { ...toGoal(r, viewer), notes: await this.notesOf([r.id]).then((m) => m.get(r.id) ?? []) };
  }

  async list(viewer: GoalViewer, weekStart: string | undefined): Promise<Goal[]> {
    let q = this.visible(viewer).selectAll();
    if (weekStart !== undefined) q = q.where('week_start', '=', weekStart);
    const rows = await q.orderBy('week_start', 'desc').orderBy('created_at').orderBy('id').limit(500).execute();
    const notes = await this.notesOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...toGoal(r, viewer), notes: notes.get(r.id) ?? [] }));
  }

  /**
   * Call with a goal the viewer may edit (their own, or a joint one of their pair). A personal goal
   * marked shared is shared with the viewer's pair now; with no pair it is shared with no one.
   */
  async update(viewer: GoalViewer, goal: GoalRow): Promise<void> {
    const pairId = viewer.member?.pairId ?? null;
    await this.db
      .updateTable('goals')
      .set((eb) => ({
        title: goal.title,
        // A new wording by the partner is theirs: a deletion of their account takes it back out.
        title_by: eb
          .case()
          .when('title', '=', goal.title)
          .then(eb.ref('title_by'))
          .when('user_id', '=', viewer.actor.userId)
          .then(null)
          .else(viewer.actor.userId)
          .end(),
        done: goal.done ? 1 : 0,
        updated_at: goal.updatedAt,
        ...(goal.scope === 'personal' && { shared: goal.shared && pairId ? 1 : 0, pair_id: goal.shared ? pairId : null }),
      }))
      .where('id', '=', goal.id)
      .execute();
  }

  /**
   * Before an account is deleted: joint goals that stay with the partner but carry a title the
   * departing person worded get a plain title instead (their own goals go with them).
   */
  async forgetTitlesOf(actor: Actor): Promise<void> {
    await this.db
      .updateTable('goals')
      .set({ title: FORGOTTEN_TITLE, title_by: null })
      .where('title_by', '=', actor.userId)
      .where('user_id', '<>', actor.userId)
      .execute();
  }

  /**
   * For the support signals: per week since `fromDay`, how many goals the person set and how many
   * moved (done, or with a progress note), newest week first.
   */
  async progressByWeek(actor: Actor, fromDay: string): Promise<Array<{ weekStart: string; set: number; progressed: number }>> {
    const rows = await this.db
      .selectFrom('goals as g')
      .select((eb) => [
        'g.week_start',
        eb.fn.countAll().as('set'),
        eb.fn
          .sum(
            eb
              .case()
              .when(
                eb.or([
                  eb('g.done', '=', 1),
                  eb.exists(eb.selectFrom('goal_notes as n').select('n.id').whereRef('n.goal_id', '=', 'g.id')),
                ]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as('progressed'),
      ])
      .where('g.user_id', '=', actor.userId)
      .where('g.week_start', '>=', fromDay)
      .groupBy('g.week_start')
      .orderBy('g.week_start', 'desc')
      .execute();
    // PostgreSQL returns count() and sum() as bigint text.
    return rows.map((r) => ({ weekStart: r.week_start, set: Number(r.set), progressed: Number(r.progressed) }));
  }

  async addNote(actor: Actor, goalId: string, note: { id: string; text: string; createdAt: string }): Promise<void> {
    await this.db
      .insertInto('goal_notes')
      .values({ id: note.id, goal_id: goalId, user_id: actor.userId, text: note.text, created_at: note.createdAt })
      .execute();
  }

  private async notesOf(goalIds: string[]): Promise<Map<string, Goal['notes']>> {
    const out = new Map<string, Goal['notes']>();
    if (goalIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('goal_notes')
      .selectAll()
      .where('goal_id', 'in', goalIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = out.get(r.goal_id) ?? [];
      list.push({ id: r.id, authorId: r.user_id, text: r.text, createdAt: r.created_at });
      out.set(r.goal_id, list);
    }
    return out;
  }

  /** For the export: goals the person created and the progress notes they wrote, in every pair. */
  async written(actor: Actor): Promise<{
    goals: Array<GoalRow & { pairId: string | null }>;
    notes: Array<{ id: string; goalId: string; text: string; createdAt: string }>;
  }> {
    const goals = await this.db
      .selectFrom('goals')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const notes = await this.db
      .selectFrom('goal_notes')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return {
      // The export says what was shared and with which pair, whether or not that pair lasts.
      goals: goals.map((r) => ({ ...toGoal(r, { actor, member: null }), shared: r.shared === 1, pairId: r.pair_id })),
      notes: notes.map((n) => ({ id: n.id, goalId: n.goal_id, text: n.text, createdAt: n.created_at })),
    };
  }
}
