import { randomUUID } from 'node:crypto';
import { weeklyReflectionTable } from '../../contracts/support/weekly-reflection.routes.js';
import type { WeeklyReflection } from '../../contracts/support/weekly-reflection.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { reflectionOpen, reflectionView } from '../../core/support/weekly-reflection.js';
import { isUniqueViolation } from '../../db/database.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { ReviewsRepo } from '../../db/pair/reviews.repo.js';
import { WeeklyChecksRepo } from '../../db/support/weekly-checks.repo.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../core/account/actor.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const withSafety = (reflection: WeeklyReflection) => ({
  reflection,
  safety: { crisis: containsCrisisLanguage(...(reflection.answers?.map((a) => a.text) ?? [])) },
});

const closed = () =>
  new HttpProblem(409, 'That week has closed', 'A weekly reflection is written during its own week; this one stays as it was.');

async function read(db: Executor, actor: Actor, weekStart: string, open: boolean): Promise<WeeklyReflection> {
  const review = await new ReviewsRepo(db).own(actor, 'weekly', weekStart);
  const checks = await new WeeklyChecksRepo(db).get(actor, weekStart);
  return reflectionView(weekStart, open, review, checks ? { drained: checks.drained, secure: checks.secure } : null);
}

export async function weeklyReflectionRoutes(app: App): Promise<void> {
  const tags = ['support'];
  const isOpen = async (actor: Actor, weekStart: string) => {
    const user = await new UsersRepo(app.database.db).get(actor);
    return reflectionOpen(weekStart, app.clock(), user?.timeZone ?? 'UTC');
  };

  route(
    app,
    weeklyReflectionTable.getWeeklyReflection,
    {
      tags,
      summary: 'Your own weekly reflection for a week, written alone; empty until you write it',
      description: 'Private to you: never shown to anyone, including a partner you link with later.',
    },
    async (req) => {
      const actor = actorOf(req);
      const { weekStart } = req.params;
      return withSafety(await read(app.database.db, actor, weekStart, await isOpen(actor, weekStart)));
    },
  );

  route(
    app,
    weeklyReflectionTable.putWeeklyReflection,
    {
      tags,
      summary: 'Write or rewrite this week’s reflection, with two private ratings for your support signals',
      description:
        'One per week, open while the week is the current one in your time zone (409 after). The drained and secure ratings are read by your support signals exactly like the ones given with a weekly review together.',
    },
    async (req) => {
      const actor = actorOf(req);
      const { weekStart } = req.params;
      const { answers, checks } = req.body;
      if (!(await isOpen(actor, weekStart))) throw closed();
      const at = app.clock().toISOString();
      const write = () =>
        app.database.transaction(async (trx) => {
          const reviews = new ReviewsRepo(trx);
          const before = await reviews.own(actor, 'weekly', weekStart);
          if (before) await reviews.replace(actor, before.id, answers, at);
          else
            await reviews.insert(
              actor,
              null,
              { kind: 'weekly', periodStart: weekStart },
              {
                id: randomUUID(),
                authorId: actor.userId,
                answers,
                submittedAt: at,
              },
            );
          if (checks)
            await new WeeklyChecksRepo(trx).save(actor, { weekStart, drained: checks.drained ?? null, secure: checks.secure ?? null }, at);
          return read(trx, actor, weekStart, true);
        });
      try {
        return withSafety(await write());
      } catch (err) {
        // Two saves at once: the first insert won; the retry replaces it.
        if (!isUniqueViolation(err)) throw err;
        return withSafety(await write());
      }
    },
  );
}
