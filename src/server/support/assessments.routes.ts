import { assessmentsTable } from '../../contracts/support/assessments.routes.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../contracts/support/instruments.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { results } from '../../core/support/results.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { actorOf } from '../plugins/auth.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { AssessmentsService } from './assessments.service.js';
import type { App } from '../types.js';

export async function assessmentsRoutes(app: App): Promise<void> {
  const tags = ['questionnaires'];
  const assessments = new AssessmentsService(app);

  route(
    app,
    assessmentsTable.listInstruments,
    { tags, summary: 'The questionnaires, with items, answer options, bands and sources' },
    async () => ({ items: INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]) }),
  );

  route(
    app,
    assessmentsTable.submitAssessment,
    {
      tags,
      summary: 'Answer a questionnaire and get its score',
      description:
        'Scored exactly as published. A screening, not a diagnosis. A PHQ-9 item 9 answer above 0 sets `safety.crisis`, whatever the total.',
    },
    async (req, reply) => {
      const { assessment, crisis } = await assessments.submit(actorOf(req), req.body.instrument, req.body.answers);
      return reply.code(201).send({ assessment, safety: { crisis } });
    },
  );

  route(
    app,
    assessmentsTable.listAssessments,
    { tags, summary: 'Your questionnaire results, newest first, each compared with the one before' },
    async (req) => {
      const { instrument, limit, cursor } = req.query;
      const after = cursorOf(cursor, decodeKey);
      // A person answers a handful a month: scoring them all keeps each change exact across pages.
      const all = results(await new AssessmentsRepo(app.database.db).all(actorOf(req), instrument)).reverse();
      const rest = after ? all.filter((a) => a.createdAt < after.at || (a.createdAt === after.at && a.id < after.id)) : all;
      return pageBy(rest, limit, (a) => a.createdAt);
    },
  );

  route(app, assessmentsTable.deleteAssessment, { tags, summary: 'Delete a result for good' }, async (req, reply) => {
    return deleteOr404(reply, new AssessmentsRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
