import { agreementTable } from '../../contracts/pair/agreement.routes.js';
import { acknowledgmentPhrasingsIn, normalizeRule, termsErrors } from '../../core/pair/agreement.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { AgreementsRepo } from '../../db/pair/agreements.repo.js';
import { isUniqueViolation } from '../../db/database.js';
import { effectiveAgreement } from './agreement.js';
import { planCheckInWindows } from '../notifications/check-in-window.js';
import { pairMemberOf } from './pair-access.js';
import { badRequest, HttpProblem } from '../problem.js';
import { route } from '../routes/define.js';
import { localeOf } from '../routes/locale.js';
import type { App } from '../types.js';

/** Problem types are relative URIs (RFC 9457 §3.1.1): a client acts on how they end. */
const PROBLEM_BASE = '/problems/';

export async function agreementRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  route(
    app,
    agreementTable.getAgreement,
    {
      tags,
      summary: 'The agreement in force, a proposal waiting, and every earlier version',
      description:
        'Steady’s own words (the default formats until an agreement is accepted, the acknowledgment phrasings) come in the language of Accept-Language (en or es; English otherwise). Saved terms are as the pair wrote them.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const history = await new AgreementsRepo(app.database.db).history(member);
      const { terms } = await effectiveAgreement(app.database.db, member, localeOf(req));
      return {
        current: history.find((v) => v.status === 'accepted') ?? null,
        effective: terms,
        pending: history.find((v) => v.status === 'proposed') ?? null,
        history,
        acknowledgmentPhrasings: acknowledgmentPhrasingsIn(localeOf(req)),
      };
    },
  );

  route(
    app,
    agreementTable.proposeAgreement,
    {
      tags,
      summary: 'Propose a new version of the agreement',
      description: 'It applies once your partner accepts it; a proposal of yours or theirs still waiting is replaced by this one.',
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const terms = { ...req.body, checkInRule: normalizeRule(req.body.checkInRule) };
      const now = app.clock().toISOString();
      const errors = termsErrors(terms, now);
      if (errors.length > 0) throw badRequest(errors);
      let version: number;
      try {
        version = await app.database.transaction((trx) => new AgreementsRepo(trx).propose(member, terms, now));
      } catch (err) {
        // Both proposed at the same moment and took the same version number: one of them waits.
        if (isUniqueViolation(err))
          throw new HttpProblem(409, 'Your partner is proposing too', 'Look at their proposal, then propose again if you like.');
        throw err;
      }
      await app.events.publish({ recipients: [member.userId, member.partnerId], event: { type: 'agreement.proposed', at: now } });
      // The templates are the proposer's own words, so they get the same check as everything else written.
      const safety = { crisis: containsCrisisLanguage(terms.requestTemplate, terms.acknowledgmentTemplate) };
      return reply.code(201).send({ version, status: 'proposed' as const, safety });
    },
  );

  route(app, agreementTable.acceptAgreement, { tags, summary: 'Accept the version your partner proposed' }, async (req) => {
    const member = await pairMemberOf(app, req);
    const now = app.clock().toISOString();
    const outcome = await app.database.transaction(async (trx) => {
      const result = await new AgreementsRepo(trx).accept(member, req.body.version, now);
      // A new rhythm moves the next opening for whichever of the two asked to be reminded.
      if (result === 'accepted') await planCheckInWindows(trx, [member.userId, member.partnerId], now);
      return result;
    });
    if (outcome === 'own') {
      throw new HttpProblem(
        409,
        'Waiting for your partner',
        'You proposed this version; it applies once your partner accepts it.',
        undefined,
        undefined,
        {
          type: `${PROBLEM_BASE}agreement-own-proposal`,
        },
      );
    }
    if (outcome === 'stale') {
      const pending = (await new AgreementsRepo(app.database.db).history(member)).find((v) => v.status === 'proposed');
      throw new HttpProblem(
        409,
        'This version is no longer the one waiting',
        'It was accepted already or a newer proposal took its place. Read the agreement again before accepting.',
        undefined,
        undefined,
        { type: `${PROBLEM_BASE}agreement-version-stale`, extensions: { pendingVersion: pending?.version ?? null } },
      );
    }
    await app.events.publish({ recipients: [member.userId, member.partnerId], event: { type: 'agreement.accepted', at: now } });
    return { current: (await new AgreementsRepo(app.database.db).current(member)) ?? null };
  });
}
