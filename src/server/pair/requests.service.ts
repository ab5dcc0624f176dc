import { randomUUID } from 'node:crypto';
import type { Locale } from '../../contracts/locale.js';
import type { RequestCapReached } from '../../contracts/pair/reassurance-requests.js';
import {
  REQUEST_CAP_REACHED,
  type ReassuranceRequest,
  type RespondReassuranceRequestBody,
} from '../../contracts/pair/reassurance-requests.js';
import { decideCap, type CapDecision } from '../../core/pair/cap.js';
import type { PairMember } from '../../core/pair/member.js';
import { acknowledgmentPhrasings, ANSWERABLE, COMPLETABLE, composeRequest, DEFAULT_LISTEN_MINUTES } from '../../core/pair/requests.js';
import type { Tx } from '../../db/database.js';
import { ReassuranceRequestsRepo } from '../../db/pair/reassurance-requests.repo.js';
import { badRequest, HttpProblem, notFound } from '../problem.js';
import type { ServiceDeps } from '../service.js';
import { agreementSource, type AgreementSource, type RequestTerms } from './pair-agreement.js';
import { publishToPair } from './pair-events.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { planNotifications } from '../notifications/plan.js';

const DAY_MS = 86_400_000;

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
const notReady = () =>
  new HttpProblem(409, 'Not ready to close', 'A request closes with a plan once your partner has answered it, and only once.');

export interface RequestAnswer {
  response: RespondReassuranceRequestBody['response'];
  laterAt?: string | undefined;
  note?: string | undefined;
}

/**
 * The pair's reassurance requests, the way the two agreed: the daily cap outside check-ins, who
 * may answer and who closes, each change in one transaction and announced to both after it commits.
 */
export class ReassuranceRequestsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly agreements: AgreementSource = agreementSource,
  ) {}

  /** The requests between the two, what is left today, and the agreed wording (Steady's own in `locale`). */
  async overview(member: PairMember, locale: Locale) {
    const now = this.deps.clock();
    const terms = await this.agreements.termsFor(member, this.deps.database.db, locale);
    const repo = new ReassuranceRequestsRepo(this.deps.database.db);
    const decision = await capFor(member, terms, repo, now);
    return {
      items: await repo.list(member, 50),
      // What is left before this one would be sent: decideCap counted the next request in.
      remainingToday: decision.allowed && !decision.inCheckInWindow ? decision.remainingToday + 1 : decision.remainingToday,
      nextCheckIn: decision.nextCheckIn,
      template: terms.requestTemplate,
      acknowledgments: acknowledgmentPhrasings(terms.acknowledgmentTemplate, locale),
    };
  }

  /** Sends a request, or refuses it kindly over the cap (422 with the alternatives). */
  async ask(
    member: PairMember,
    body: { context?: string | undefined; minutes?: number | undefined },
    locale: Locale,
  ): Promise<ReassuranceRequest> {
    const now = this.deps.clock();
    const terms = await this.agreements.termsFor(member, this.deps.database.db, locale);
    const request = await this.deps.database.transaction(async (trx) => {
      const repo = new ReassuranceRequestsRepo(trx);
      // Two requests sent at once are counted one after the other, so the cap cannot be raced.
      await repo.lockPair(member);
      const decision = await capFor(member, terms, repo, now);
      if (!decision.allowed) throw capReached(terms.dailyRequestCap, decision.nextCheckIn);
      const r: ReassuranceRequest = {
        id: randomUUID(),
        requesterId: member.userId,
        message: composeRequest(terms.requestTemplate, body.context),
        context: body.context || null,
        minutes: body.minutes ?? DEFAULT_LISTEN_MINUTES,
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
      // "<name> sent a request", nothing of what it says; made only when the partner turned it on.
      await planNotifications(
        trx,
        [
          {
            userId: member.partnerId,
            kind: 'partner-request',
            dueAt: r.createdAt,
            link: '/pair/requests',
            about: r.id,
            partnerUserId: member.userId,
          },
        ],
        r.createdAt,
      );
      return r;
    });
    await publishToPair(this.deps, member, 'request.created', request.id, request.createdAt);
    return request;
  }

  /** The partner's answer: accept starts the listening timer, later takes a time or the next check-in. */
  async answer(member: PairMember, id: string, { response, laterAt, note }: RequestAnswer): Promise<ReassuranceRequest> {
    if (response !== 'later' && laterAt !== undefined) {
      throw badRequest([{ field: 'laterAt', in: 'body', message: 'A time goes with "later" only' }]);
    }
    const now = this.deps.clock();
    const at = now.toISOString();
    if (laterAt !== undefined && Date.parse(laterAt) <= now.getTime()) {
      throw badRequest([{ field: 'laterAt', in: 'body', message: 'Pick a time that is still ahead' }]);
    }
    // Read before the transaction: on SQLite a query outside it would wait for the connection it holds.
    // Only the check-in windows are read here, never a format, so the language does not matter.
    const terms = await this.agreements.termsFor(member, this.deps.database.db, 'en');
    const updated = await this.change(member, id, async (current, repo, trx) => {
      if (current.requesterId === member.userId) throw onlyPartner();
      const nextCheckIn = terms.windowsAround(now).find((w) => Date.parse(w.startsAt) > now.getTime());
      const status = response === 'accept' ? 'accepted' : response === 'later' ? 'later' : 'declined';
      const ok = await repo.transition(member, current.id, ANSWERABLE, {
        status,
        response,
        responder_id: member.userId,
        note: note || null,
        later_at: response === 'later' ? (laterAt !== undefined ? new Date(laterAt).toISOString() : (nextCheckIn?.startsAt ?? null)) : null,
        listen_started_at: response === 'accept' ? at : null,
        listen_ends_at: response === 'accept' ? new Date(now.getTime() + current.minutes * 60_000).toISOString() : null,
        answered_at: at,
      });
      if (!ok) throw movedOn();
      // Answered: a reminder of it still waiting (quiet hours) would only be noise.
      await new NotificationsRepo(trx).cancel(member.userId, 'partner-request', current.id);
    });
    await publishToPair(this.deps, member, 'request.answered', updated.id, at);
    return updated;
  }

  /** The one who asked writes the plan, once it was answered; the request closes. */
  async close(member: PairMember, id: string, plan: string): Promise<ReassuranceRequest> {
    const at = this.deps.clock().toISOString();
    const updated = await this.change(member, id, async (current, repo) => {
      if (current.requesterId !== member.userId) throw onlyRequester();
      if (!(await repo.transition(member, current.id, COMPLETABLE, { status: 'completed', plan, completed_at: at }))) throw notReady();
    });
    await publishToPair(this.deps, member, 'request.completed', updated.id, at);
    return updated;
  }

  /** Reads a request and makes the change to it in one transaction; 404 when the pair has no such request. */
  private async change(
    member: PairMember,
    id: string,
    decide: (current: ReassuranceRequest, repo: ReassuranceRequestsRepo<Tx>, trx: Tx) => Promise<void>,
  ): Promise<ReassuranceRequest> {
    const result = await this.deps.database.transaction(async (trx) => {
      const repo = new ReassuranceRequestsRepo(trx);
      const current = await repo.get(member, id);
      if (!current) return undefined;
      await decide(current, repo, trx);
      return repo.get(member, id);
    });
    if (!result) throw notFound();
    return result;
  }
}
