import { randomUUID } from 'node:crypto';
import { pairTable } from '../../contracts/pair/pair.routes.js';
import { type Pair } from '../../contracts/pair/pair.js';
import { pairJoinThrottleKey } from '../../core/account/tokens.js';
import { pairMemberFrom } from '../../core/pair/member.js';
import { hashInvitationCode, INVITATION_TTL_MS, newInvitationCode, normalizeInvitationCode } from '../../core/pair/invitations.js';
import { isUniqueViolation } from '../../db/database.js';
import { PairsRepo, type Membership } from '../../db/pair/pairs.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { confirmPassword } from '../auth/confirm.js';
import { planCheckInWindows } from '../notifications/check-in-window.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, HttpProblem, unauthorized } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

/** Wrong codes a person may type in a window before joining pauses (the same window as logins). */
const JOIN_FAILURE_LIMIT = 10;

const alreadyLinked = () =>
  new HttpProblem(409, 'Already linked', 'One of you is already linked with someone. Unlink first to start a new pair.');

const toPair = (m: Membership): Pair => ({
  id: m.pairId,
  partner: { id: m.partnerId, displayName: m.partnerDisplayName },
  timeZone: m.timeZone,
  linkedAt: m.linkedAt,
});

export async function pairRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  route(
    app,
    pairTable.createPairInvitation,
    {
      tags,
      summary: 'Make a code your partner can enter to link with you',
      description: 'The code works once and for 24 hours; making a new one retires the previous one.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const pairs = new PairsRepo(app.database.db);
      if (await pairs.activeMembership(actor)) throw alreadyLinked();
      const now = app.clock();
      const code = newInvitationCode();
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
      await app.database.transaction((trx) =>
        new PairsRepo(trx).createInvitation(actor, hashInvitationCode(code), now.toISOString(), expiresAt),
      );
      return reply.code(201).send({ code, expiresAt });
    },
  );

  route(app, pairTable.joinPair, { tags, summary: 'Link with the person whose code you enter' }, async (req, reply) => {
    const actor = actorOf(req);
    const code = normalizeInvitationCode(req.body.code);
    if (code === null)
      throw badRequest([
        { field: 'code', in: 'body', message: 'That doesn’t look like a link code. It’s 8 letters and numbers, like K7QM-4XRT.' },
      ]);
    const throttle = new PasswordThrottle(app.database.db, app.clock);
    const key = pairJoinThrottleKey(actor.userId);
    // Counted before the code is looked up, so codes sent together are each counted.
    await throttle.reserve([[key, JOIN_FAILURE_LIMIT]]);
    const now = app.clock().toISOString();
    const joiner = await new UsersRepo(app.database.db).get(actor);
    if (!joiner) throw unauthorized();
    const pairId = randomUUID();
    let inviter: string | undefined;
    try {
      inviter = await app.database.transaction(async (trx) => {
        const pairs = new PairsRepo(trx);
        const from = await pairs.consumeInvitation(actor, hashInvitationCode(code), now);
        if (from === undefined) return undefined;
        // The pair counts its days where the person who invited lives, until an agreement says otherwise.
        const timeZone = (await new UsersRepo(trx).timeZoneOf(from)) ?? joiner.timeZone;
        await pairs.createPair(pairId, [from, actor.userId], timeZone, now);
        // Someone who turned the reminder on before linking gets their first opening now.
        await planCheckInWindows(trx, [from, actor.userId], now);
        return from;
      });
    } catch (err) {
      // Not a wrong code: the attempt is given back.
      await throttle.succeeded([], [key]);
      // The one-active-pair index: one of them linked with someone else in the meantime.
      if (isUniqueViolation(err)) throw alreadyLinked();
      throw err;
    }
    if (inviter === undefined) {
      // A wrong code: the attempt reserved above stays counted.
      throw new HttpProblem(404, 'That code does not work', 'It may have expired or been used already. Ask your partner for a new one.');
    }
    await throttle.succeeded([key], []);
    const membership = await new PairsRepo(app.database.db).activeMembership(actor);
    if (!membership) throw alreadyLinked();
    const event = { type: 'pair.linked' as const, id: pairId, at: now };
    await app.events.publish({ recipients: [inviter, actor.userId], event });
    return reply.code(201).send({ pair: toPair(membership) });
  });

  route(
    app,
    pairTable.getPair,
    {
      tags,
      summary: 'Who you are linked with, or how your last pair ended',
      description: 'When your partner unlinked or deleted their account, `ended` says so until you dismiss it or link again.',
    },
    async (req) => {
      const actor = actorOf(req);
      const pairs = new PairsRepo(app.database.db);
      const membership = await pairs.activeMembership(actor);
      if (membership) return { pair: toPair(membership), ended: null };
      return { pair: null, ended: (await pairs.ending(actor)) ?? null };
    },
  );

  route(
    app,
    pairTable.dismissPairEnding,
    {
      tags,
      summary: 'Put away the news that your last pair ended',
      description: 'Answers 204 whether or not there was news to put away, so two open screens can both dismiss it.',
    },
    async (req, reply) => {
      await app.database.transaction((trx) => new PairsRepo(trx).dismissEnding(actorOf(req)));
      return reply.code(204).send(null);
    },
  );

  route(
    app,
    pairTable.leavePair,
    {
      tags,
      summary: 'Unlink, at once, for both of you',
      description:
        'Your former partner loses access to everything in the pair space at once; each of you keeps what you wrote, read-only, in your export.',
    },
    async (req, reply) => {
      // Only your own state is read here, so it can say plainly that there is no link to end.
      const membership = await new PairsRepo(app.database.db).activeMembership(actorOf(req));
      if (!membership) throw new HttpProblem(404, 'Not linked', 'You are not linked with anyone right now, so there is nothing to unlink.');
      const member = pairMemberFrom(actorOf(req), membership);
      await confirmPassword(app, actorOf(req), req.body.password, 'You are still linked.');
      const now = app.clock().toISOString();
      await app.database.transaction(async (trx) => {
        await new PairsRepo(trx).end(member, now);
        // No pair, no check-ins: what waited for either of them is cancelled.
        await planCheckInWindows(trx, [member.userId, member.partnerId], now);
      });
      await app.events.publish({
        recipients: [member.userId, member.partnerId],
        event: { type: 'pair.ended', id: member.pairId, at: now },
      });
      return reply.code(204).send(null);
    },
  );
}
