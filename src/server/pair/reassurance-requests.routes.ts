import { randomUUID } from 'node:crypto';
import { reassuranceRequestsTable } from '../../contracts/routes/reassurance-requests.routes.js';
import type { RequestCapReached } from '../../contracts/reassurance-requests.js';
import { REQUEST_CAP_REACHED, type ReassuranceRequest } from '../../contracts/reassurance-requests.js';
import { decideCap, type CapDecision } from '../../core/pair/cap.js';
import type { PairMember } from '../../core/pair/member.js';
import { acknowledgmentPhrasings, ANSWERABLE, COMPLETABLE, composeRequest, DEFAULT_LISTEN_MINUTES } from '../../core/pair/requests.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import type { Tx } from '../../db/database.js';
import { ReassuranceRequestsRepo } from '../../db/pair/reassurance-requests.repo.js';
import { agreementSource, type RequestTerms } from './pair-agreement.js';
import { pairMemberOf } from './pair-access.js';
import { publishToPair } from './pair-events.js';
import { badRequest, HttpProblem, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const DAY_MS = 86_400_000;

/**
 * The verdict is about the words the caller just wrote: the context when asking, the note when
 * answering, the plan when closing. A request holds both partners' words, and judging the other's
 * would reveal something of their private state and show help to the wrong person.
 */
const withSafety = (request: ReassuranceRequest, written: string | undefined) => ({
  request,
  safety: { crisis: containsCrisisLanguage(written) },
});

/** The kind refusal: not sent, and what can be done instead. */
function capReached(cap: number, nextCheckIn: RequestCapReached['nextCheckIn']): HttpProblem {
  const extensions: Omit<RequestCapReached, 'type' | 'title' | 'status' | 'detail'> = {
    cap,
    nextCheckIn,
    alternatives: [
      { action: 'park', label: 'Park it for the check-in', href: '/api/v1/pair/topics' },
      { action: 'soothe', label: 'Open a soothing tool', href: '/tools' },
    ],
  };
  return new HttpProblem(
    422,
    'Today’s requests are used',
    'You have already used today’s request outside your check-in, as you both agreed, so this one was not sent. You can park it for your next check-in, where there is time for it, and reach for a soothing tool in the meantime.',
    undefined,
    undefined,
    { type: REQUEST_CAP_REACHED, extensions },
  );
}

/** Where the member stands against the daily cap now, from their own requests of the last two days. */
async function capFor(member: PairMember, terms: RequestTerms, repo: ReassuranceRequestsRepo, now: Date): Promise<CapDecision> {
  // Two days back covers "today" in any time zone (UTC−12 to UTC+14).
  const earlier = await repo.mineSince(member, new Date(now.getTime() - 2 * DAY_MS).toISOString());
  return decideCap({ cap: terms.dailyRequestCap, timeZone: member.timeZone, now, windows: terms.windowsAround(now), earlier });
}

const onlyPartner = () => new HttpProblem(403, 'Your partner answers this one', 'A request is answered by the person it was sent to.');
const onlyRequester = () =>
  new HttpProblem(403, 'The plan is written by the one who asked', 'Only the person who sent the request writes its plan.');
const movedOn = () => new HttpProblem(409, 'Already answered', 'This request has moved on; reload to see where it stands.');

export async function reassuranceRequestsRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  /** Reads a request and the change to make to it in one transaction, then publishes after commit. */
  async function change(
    member: PairMember,
    id: string,
    decide: (current: ReassuranceRequest, repo: ReassuranceRequestsRepo) => Promise<void>,
  ): Promise<ReassuranceRequest> {
    const result = await app.database.transaction(async (trx: Tx) => {
      const repo = new ReassuranceRequestsRepo(trx);
      const current = await repo.get(member, id);
      if (!current) return undefined;
      await decide(current, repo);
      return repo.get(member, id);
    });
    if (!result) throw notFound();
    return result;
  }

  route(
    app,
    reassuranceRequestsTable.createReassuranceRequest,
    {
      tags,
      summary: 'Ask your partner for reassurance, the way you agreed',
      description: `Composed from the agreed request format. Outside the check-in window and over the daily cap (counted in the pair's time zone) it is not sent: 422 with type ${REQUEST_CAP_REACHED}, the next check-in and the alternatives (park the topic, open a soothing tool).`,
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const now = app.clock();
      const terms = await agreementSource.termsFor(member, app.database.db);
      const request = await app.database.transaction(async (trx) => {
        const repo = new ReassuranceRequestsRepo(trx);
        await repo.lockPair(member);
        const decision = await capFor(member, terms, repo, now);
        if (!decision.allowed) throw capReached(terms.dailyRequestCap, decision.nextCheckIn);
        const r: ReassuranceRequest = {
          id: randomUUID(),
          requesterId: member.userId,
          message: composeRequest(terms.requestTemplate, req.body.context),
          context: req.body.context || null,
          minutes: req.body.minutes ?? DEFAULT_LISTEN_MINUTES,
          inCheckInWindow: decision.inCheckInWindow,
          status: 'pending',
          response: null,
          note: null,
          laterAt: null,
          listening: null,
          plan: null,
          createdAt: now.toISOString(),
          answeredAt: null,
          completedAt: null,
        };
        await repo.insert(member, r);
        return r;
      });
      await publishToPair(app, member, 'request.created', request.id, request.createdAt);
      return reply.code(201).send(withSafety(request, req.body.context));
    },
  );

  route(
    app,
    reassuranceRequestsTable.listReassuranceRequests,
    { tags, summary: 'Requests between you two, newest first, with what is left today' },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const now = app.clock();
      const terms = await agreementSource.termsFor(member, app.database.db);
      const repo = new ReassuranceRequestsRepo(app.database.db);
      const decision = await capFor(member, terms, repo, now);
      return {
        items: await repo.list(member, 50),
        // What is left before this one would be sent: decideCap counted the next request in.
        remainingToday: decision.allowed && !decision.inCheckInWindow ? decision.remainingToday + 1 : decision.remainingToday,
        nextCheckIn: decision.nextCheckIn,
        template: terms.requestTemplate,
        acknowledgments: acknowledgmentPhrasings(terms.acknowledgmentTemplate),
      };
    },
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
    async (req) => {
      const member = await pairMemberOf(app, req);
      const { response, laterAt, note } = req.body;
      if (response !== 'later' && laterAt !== undefined) {
        throw badRequest([{ field: 'laterAt', in: 'body', message: 'A time goes with "later" only' }]);
      }
      const now = app.clock();
      const at = now.toISOString();
      if (laterAt !== undefined && Date.parse(laterAt) <= now.getTime()) {
        throw badRequest([{ field: 'laterAt', in: 'body', message: 'Pick a time that is still ahead' }]);
      }
      // Read before the transaction: on SQLite a query outside it would wait for the connection it holds.
      const terms = await agreementSource.termsFor(member, app.database.db);
      const updated = await change(member, req.params.id, async (current, repo) => {
        if (current.requesterId === member.userId) throw onlyPartner();
        const nextCheckIn = terms.windowsAround(now).find((w) => Date.parse(w.startsAt) > now.getTime());
        const status = response === 'accept' ? 'accepted' : response === 'later' ? 'later' : 'declined';
        const ok = await repo.transition(member, current.id, ANSWERABLE, {
          status,
          response,
          responder_id: member.userId,
          note: note || null,
          later_at:
            response === 'later' ? (laterAt !== undefined ? new Date(laterAt).toISOString() : (nextCheckIn?.startsAt ?? null)) : null,
          listen_started_at: response === 'accept' ? at : null,
          listen_ends_at: response === 'accept' ? new Date(now.getTime() + current.minutes * 60_000).toISOString() : null,
          answered_at: at,
        });
        if (!ok) throw movedOn();
      });
      await publishToPair(app, member, 'request.answered', updated.id, at);
      return withSafety(updated, note);
    },
  );

  route(
    app,
    reassuranceRequestsTable.completeReassuranceRequest,
    {
      tags,
      summary: 'Write your short plan; the request closes',
      description: 'Only the person who sent the request writes the plan (403 for the partner), once it has been answered.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const at = app.clock().toISOString();
      const updated = await change(member, req.params.id, async (current, repo) => {
        if (current.requesterId !== member.userId) throw onlyRequester();
        const ok = await repo.transition(member, current.id, COMPLETABLE, { status: 'completed', plan: req.body.plan, completed_at: at });
        if (!ok) {
          throw new HttpProblem(
            409,
            'Not ready to close',
            'A request closes with a plan once your partner has answered it, and only once.',
          );
        }
      });
      await publishToPair(app, member, 'request.completed', updated.id, at);
      return withSafety(updated, req.body.plan);
    },
  );
}
