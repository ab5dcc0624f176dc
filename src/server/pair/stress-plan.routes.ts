import { stressPlanTable } from '../../contracts/pair/stress-plan.routes.js';
import { type StressPlanVersion } from '../../contracts/pair/stress-plan.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { isUniqueViolation } from '../../db/database.js';
import { StressPlansRepo } from '../../db/pair/stress-plans.repo.js';
import { pairMemberOf } from './pair-access.js';
import { publishToPair } from './pair-events.js';
import { HttpProblem, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

/** The newest accepted version is in force; at most one proposal waits. History is newest first. */
const planState = (history: StressPlanVersion[]) => ({
  current: history.find((v) => v.status === 'accepted') ?? null,
  pending: history.find((v) => v.status === 'proposed') ?? null,
  history,
});

const busy = () => new HttpProblem(409, 'Changed meanwhile', 'Your partner changed the plan at the same moment; reload and try again.');

export async function stressPlanRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  route(
    app,
    stressPlanTable.getStressPlan,
    { tags, summary: 'Your joint stress-spike plan: the accepted version, a waiting proposal, and the history' },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const history = await new StressPlansRepo(app.database.db).history(member);
      return planState(history);
    },
  );

  route(
    app,
    stressPlanTable.proposeStressPlan,
    {
      tags,
      summary: 'Propose a version of the plan; your partner accepts it',
      description: 'A new proposal replaces one still waiting. The accepted version stays in force until a newer one is accepted.',
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const at = app.clock().toISOString();
      let version: number;
      try {
        version = await app.database.transaction((trx) => new StressPlansRepo(trx).propose(member, req.body.steps, at));
      } catch (err) {
        if (isUniqueViolation(err)) throw busy();
        throw err;
      }
      await publishToPair(app, member, 'stressplan.proposed', undefined, at);
      const crisis = containsCrisisLanguage(...req.body.steps.flatMap((s) => [s.notice, s.will, s.help]));
      return reply.code(201).send({ version, status: 'proposed' as const, safety: { crisis } });
    },
  );

  route(
    app,
    stressPlanTable.acceptStressPlan,
    {
      tags,
      summary: 'Accept the version your partner proposed',
      description: 'Only the partner who did not propose it accepts (403 for the proposer); 409 when it is no longer the waiting proposal.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const at = app.clock().toISOString();
      const history = await app.database.transaction(async (trx) => {
        const repo = new StressPlansRepo(trx);
        const proposal = await repo.get(member, req.body.version);
        if (!proposal) return undefined;
        if (proposal.proposedBy === member.userId) {
          throw new HttpProblem(403, 'Your partner accepts this one', 'A plan you proposed is accepted by your partner.');
        }
        if (!(await repo.accept(member, req.body.version, at))) {
          throw new HttpProblem(409, 'Not waiting any more', 'This version was already accepted or replaced by a newer proposal.');
        }
        return repo.history(member);
      });
      if (!history) throw notFound();
      await publishToPair(app, member, 'stressplan.accepted', undefined, at);
      return planState(history);
    },
  );
}
