import { reassuranceRequestsTable } from '../../contracts/pair/reassurance-requests.routes.js';
import { REQUEST_CAP_REACHED, type ReassuranceRequest } from '../../contracts/pair/reassurance-requests.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { pairMemberOf } from './pair-access.js';
import { ReassuranceRequestsService } from './requests.service.js';
import { route } from '../routes/define.js';
import { localeOf } from '../routes/locale.js';
import type { App } from '../types.js';

/**
 * The verdict is about the words the caller just wrote: the context when asking, the note when
 * answering, the plan when closing. A request holds both partners' words, and judging the other's
 * would reveal something of their private state and show help to the wrong person.
 */
const withSafety = (request: ReassuranceRequest, written: string | undefined) => ({
  request,
  safety: { crisis: containsCrisisLanguage(written) },
});

export async function reassuranceRequestsRoutes(app: App): Promise<void> {
  const tags = ['pair'];
  const requests = new ReassuranceRequestsService(app);

  route(
    app,
    reassuranceRequestsTable.createReassuranceRequest,
    {
      tags,
      summary: 'Ask your partner for reassurance, the way you agreed',
      description: `Composed from the agreed request format. Outside the check-in window and over the daily cap (counted in the pair's time zone) it is not sent: 422 with type ${REQUEST_CAP_REACHED}, the next check-in and the alternatives (park the topic, open a soothing tool).`,
    },
    async (req, reply) => {
      const request = await requests.ask(await pairMemberOf(app, req), req.body, localeOf(req));
      return reply.code(201).send(withSafety(request, req.body.context));
    },
  );

  route(
    app,
    reassuranceRequestsTable.listReassuranceRequests,
    {
      tags,
      summary: 'Requests between you two, newest first, with what is left today',
      description:
        'Steady’s own phrasings among the acknowledgments, and the default format until an agreement is accepted, come in the language of Accept-Language; a sent request keeps the words it was sent with.',
    },
    async (req) => requests.overview(await pairMemberOf(app, req), localeOf(req)),
  );

  route(
    app,
    reassuranceRequestsTable.respondReassuranceRequest,
    {
      tags,
      summary: 'Answer your partner’s request: accept, later, or decline kindly',
      description:
        'Only the partner the request was sent to answers (403 for the one who sent it). accept starts the shared listening timer (startedAt/endsAt); later takes a time or, left out, means the next check-in; decline goes with one brief, kind acknowledgment.',
    },
    async (req) => withSafety(await requests.answer(await pairMemberOf(app, req), req.params.id, req.body), req.body.note),
  );

  route(
    app,
    reassuranceRequestsTable.completeReassuranceRequest,
    {
      tags,
      summary: 'Write your short plan; the request closes',
      description: 'Only the person who sent the request writes the plan (403 for the partner), once it has been answered.',
    },
    async (req) => withSafety(await requests.close(await pairMemberOf(app, req), req.params.id, req.body.plan), req.body.plan),
  );
}
