import { randomUUID } from 'node:crypto';
import type { SteadyEvent } from '../../src/contracts/events.js';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import type { DbKind } from '../../src/db/database.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { PairsRepo } from '../../src/db/pair/pairs.repo.js';
import { LocalEventBus } from '../../src/server/events/bus.js';
import type { ServiceDeps } from '../../src/server/service.js';
import { HttpProblem } from '../../src/server/problem.js';
import { freshDatabase, type TestDatabase } from './dialects.js';

/**
 * What a service test stands on: a fresh database, a bus whose every event is recorded with its
 * recipient, and a clock the test moves. No Fastify, no HTTP: the service is called directly.
 */
export interface ServiceWorld {
  database: TestDatabase;
  deps: ServiceDeps;
  heard: { to: string; event: SteadyEvent }[];
  /** Moves the clock the services read. */
  setNow(at: Date): void;
  /** A person with an account of their own (time zone UTC unless given). */
  person(name: string, timeZone?: string): Promise<Actor>;
  /** Links two people as a pair. */
  pair(a: Actor, b: Actor): Promise<string>;
}

export async function serviceWorld(kind: DbKind, start: Date): Promise<ServiceWorld> {
  const database = await freshDatabase(kind);
  const events = new LocalEventBus();
  const heard: ServiceWorld['heard'] = [];
  let now = start;
  return {
    database,
    deps: { database, events, clock: () => now },
    heard,
    setNow: (at) => {
      now = at;
    },
    person: async (name, timeZone = 'UTC') => {
      const user = await new UsersRepo(database.db).insert(
        { id: randomUUID(), email: `${name}-${randomUUID()}@example.org`, passwordHash: 'h', displayName: name, timeZone, region: 'GB' },
        now.toISOString(),
      );
      events.subscribe(user.id, (event) => heard.push({ to: user.id, event }));
      return actorFromSession({ userId: user.id, id: randomUUID() });
    },
    pair: async (a, b) => {
      const pairId = randomUUID();
      await database.transaction((trx) => new PairsRepo(trx).createPair(pairId, [a.userId, b.userId], 'UTC', now.toISOString()));
      return pairId;
    },
  };
}

/** The problem a call was refused with, for asserting on its status, fields and type. */
export async function refusal(call: Promise<unknown>): Promise<HttpProblem> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof HttpProblem))
    throw new Error(`Expected a refusal, got ${err === undefined ? 'success' : err instanceof Error ? err.message : 'a thrown value'}`);
  return err;
}
