import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SteadyEvent } from '../../src/contracts/events.js';
import { REQUEST_CAP_REACHED } from '../../src/contracts/pair/reassurance-requests.js';
import { actorFromSession } from '../../src/core/account/actor.js';
import { pairMemberFrom, type PairMember } from '../../src/core/pair/member.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { PairsRepo } from '../../src/db/pair/pairs.repo.js';
import { LocalEventBus } from '../../src/server/events/bus.js';
import type { AgreementSource } from '../../src/server/pair/pair-agreement.js';
import { ReassuranceRequestsService } from '../../src/server/pair/requests.service.js';
import { HttpProblem } from '../../src/server/problem.js';
import { dialects, freshDatabase, type TestDatabase } from '../support/dialects.js';

const NOW = new Date('2026-11-18T09:00:00.000Z');

/** One request a day, no check-in window near: the cap decides alone. */
const terms: AgreementSource = {
  termsFor: async () => ({
    dailyRequestCap: 1,
    requestTemplate: 'Could we talk for a few minutes?',
    acknowledgmentTemplate: 'I hear you.',
    windowsAround: () => [],
  }),
};

/** The problem a call was refused with, for asserting on status and type. */
async function refusal(call: Promise<unknown>): Promise<HttpProblem> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpProblem);
  return err as HttpProblem;
}

// The domain rules of reassurance requests, called directly: no Fastify, no HTTP, a real database.
describe.each(dialects())('reassurance requests service on %s', (kind) => {
  let database: TestDatabase;
  let asker: PairMember;
  let partner: PairMember;
  const heard: { to: string; event: SteadyEvent }[] = [];
  let service: ReassuranceRequestsService;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const at = NOW.toISOString();
    const users = new UsersRepo(database.db);
    const person = (name: string) =>
      users.insert(
        { id: randomUUID(), email: `${name}@example.org`, passwordHash: 'h', displayName: name, timeZone: 'UTC', region: 'GB' },
        at,
      );
    const [a, b] = [await person('ana'), await person('ben')];
    const pairId = randomUUID();
    await database.transaction((trx) => new PairsRepo(trx).createPair(pairId, [a.id, b.id], 'UTC', at));
    const actorA = actorFromSession({ userId: a.id, id: randomUUID() });
    const actorB = actorFromSession({ userId: b.id, id: randomUUID() });
    asker = pairMemberFrom(actorA, { pairId, partnerId: b.id, timeZone: 'UTC' });
    partner = pairMemberFrom(actorB, { pairId, partnerId: a.id, timeZone: 'UTC' });
    const events = new LocalEventBus();
    for (const id of [a.id, b.id]) events.subscribe(id, (event) => heard.push({ to: id, event }));
    service = new ReassuranceRequestsService({ database, events, clock: () => NOW }, terms);
  });
  afterAll(async () => database.dispose());

  it('sends a request in the agreed words, tells both partners, and refuses a second one today kindly', async () => {
    const request = await service.ask(asker, { context: 'tonight' }, 'en');
    expect(request).toMatchObject({ requesterId: asker.userId, message: 'Could we talk for a few minutes?\n\ntonight', status: 'pending' });
    expect(
      heard
        .filter((h) => h.event.type === 'request.created' && h.event.id === request.id)
        .map((h) => h.to)
        .sort(),
    ).toEqual([asker.userId, partner.userId].sort());
    expect((await service.overview(partner, 'en')).items.map((r) => r.id)).toContain(request.id);
    expect((await service.overview(asker, 'en')).remainingToday).toBe(0);

    const refused = await refusal(service.ask(asker, { context: 'again' }, 'en'));
    expect(refused.status).toBe(422);
    expect(refused.more?.type).toBe(REQUEST_CAP_REACHED);
    expect((await service.overview(asker, 'en')).items).toHaveLength(1);
  });

  it('lets only the partner answer, only the asker close, each once', async () => {
    const [request] = (await service.overview(asker, 'en')).items;
    expect((await refusal(service.answer(asker, request!.id, { response: 'accept' }))).status).toBe(403);
    expect((await refusal(service.close(asker, request!.id, 'too early'))).status).toBe(409);

    const accepted = await service.answer(partner, request!.id, { response: 'accept', note: 'Of course' });
    expect(accepted).toMatchObject({ status: 'accepted', note: 'Of course' });
    expect(accepted.listening?.startedAt).toBe(NOW.toISOString());
    expect((await refusal(service.answer(partner, request!.id, { response: 'decline' }))).status).toBe(409);

    expect((await refusal(service.close(partner, request!.id, 'not mine'))).status).toBe(403);
    expect(await service.close(asker, request!.id, 'Walk after dinner')).toMatchObject({ status: 'completed', plan: 'Walk after dinner' });
    expect((await refusal(service.close(asker, request!.id, 'twice'))).status).toBe(409);
    expect(heard.map((h) => h.event.type)).toEqual(expect.arrayContaining(['request.answered', 'request.completed']));
  });

  it('answers 404 for a request the pair does not have, and checks a later time before writing', async () => {
    expect((await refusal(service.answer(partner, randomUUID(), { response: 'accept' }))).status).toBe(404);
    const [request] = (await service.overview(asker, 'en')).items;
    expect((await refusal(service.answer(partner, request!.id, { response: 'accept', laterAt: NOW.toISOString() }))).status).toBe(400);
  });
});
