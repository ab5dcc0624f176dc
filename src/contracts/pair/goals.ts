import { z } from 'zod';
import { Id, IsoDateTime, freeText } from '../common.js';
import { SafetyVerdict } from '../support/safety.js';

export const GOAL_TITLE_MAX = 200;
export const GOAL_NOTE_MAX = 1_000;

export const LocalDay = z.iso.date().describe('A calendar day, YYYY-MM-DD');

export const GoalScope = z.enum(['personal', 'joint']).describe('personal: yours (private unless shared); joint: the pair’s');

export const CreateGoalBody = z.strictObject({
  title: freeText(z.string().trim().min(1, 'Name the goal').max(GOAL_TITLE_MAX, `Keep the title under ${GOAL_TITLE_MAX} characters`)),
  scope: GoalScope,
  weekStart: LocalDay.describe('The first day of the week the goal is for'),
  shared: z.boolean().optional().describe('Personal goals only: let your partner see it (default false)'),
});
export type CreateGoalBody = z.input<typeof CreateGoalBody>;

export const UpdateGoalBody = z.strictObject({
  title: CreateGoalBody.shape.title.optional(),
  shared: z.boolean().optional().describe('Personal goals only'),
  done: z.boolean().optional(),
  note: freeText(z.string().trim().min(1).max(GOAL_NOTE_MAX, `Keep the note under ${GOAL_NOTE_MAX} characters`))
    .optional()
    .describe('A progress note to add'),
});
export type UpdateGoalBody = z.input<typeof UpdateGoalBody>;

export const GoalNote = z.object({ id: Id, authorId: Id, text: z.string(), createdAt: IsoDateTime }).meta({ id: 'GoalNote' });

export const Goal = z
  .object({
    id: Id,
    ownerId: Id.describe('Who created it'),
    title: z.string(),
    scope: GoalScope,
    weekStart: LocalDay,
    shared: z.boolean(),
    done: z.boolean(),
    notes: z.array(GoalNote).describe('Progress notes, oldest first'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof Goal>;

export const GoalResponse = z.object({ goal: Goal, safety: SafetyVerdict });
export const ListGoalsQuery = z.strictObject({ weekStart: LocalDay.optional().describe('Only goals for this week') });
export const GoalList = z.object({
  items: z.array(Goal).describe('Yours, your partner’s shared ones and your joint ones; newest week first'),
});
