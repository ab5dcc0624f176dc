import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/account/actor.js';
import { isUniqueViolation, type Database, type Tx } from '../db/database.js';
import { IdempotencyRepo } from '../db/idempotency.repo.js';
import { badRequest, HttpProblem } from './problem.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** JSON with object keys sorted, so the same request written in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What identifies the request a key was used with: its address and its parsed body. */
function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.routeOptions.url ?? req.url}\n${JSON.stringify(req.params ?? {})}\n${canonical(req.body ?? null)}`)
    .digest('hex');
}

/** What one idempotent create needs; named, because seven positional arguments read alike at every call. */
export interface IdempotentCreate<T> {
  /** The request whose `Idempotency-Key` header (optional) and body identify the create. */
  req: FastifyRequest;
  actor: Actor;
  /** The operationId: a key reused for another kind of request answers 422. */
  operation: string;
  /** Writes the resource inside the transaction that also records the key. */
  create: (ex: Tx) => Promise<{ id: string; result: T }>;
  /** Reads the resource a stored key points at, to answer a retry the same; undefined once deleted. */
  replay: (id: string) => Promise<T | undefined>;
  now: Date;
}

/**
 * Creates run in one transaction with the key's record, so a retried request either finds the
 * record (and replays the same resource) or creates exactly one. A concurrent twin that loses the
 * race hits the key's primary key, rolls back, and replays the winner's result.
 */
export async function idempotentCreate<T>(
  database: Database,
  { req, actor, operation, create, replay, now }: IdempotentCreate<T>,
): Promise<T> {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return (await database.transaction(create)).result;
  if (typeof raw !== 'string' || !KEY.test(raw)) {
    throw badRequest([{ field: 'idempotency-key', in: 'headers', message: 'Use 1–200 visible ASCII characters' }]);
  }
  const repo = new IdempotencyRepo(database.db);
  const hash = requestHash(req);
  const replayed = async (): Promise<T | undefined> => {
    const prior = await repo.find(actor, raw);
    if (!prior) return undefined;
    if (prior.operation !== operation) {
      throw new HttpProblem(422, 'Idempotency key already used', 'This key was used for a different kind of request; use a new key.');
    }
    // Answering with the first result would drop these words without a word: say so instead.
    if (prior.requestHash !== null && prior.requestHash !== hash) {
      throw new HttpProblem(
        422,
        'Idempotency key already used',
        'This key was used for a request with different content; nothing new was saved. Send it again with a new key.',
      );
    }
    const result = await replay(prior.resourceId);
    if (result === undefined)
      throw new HttpProblem(
        410,
        'Already created and since deleted',
        'This request was carried out earlier and the item was deleted afterwards.',
      );
    return result;
  };
  const earlier = await replayed();
  if (earlier !== undefined) return earlier;
  try {
    return await database.transaction(async (trx) => {
      const { id, result } = await create(trx);
      await new IdempotencyRepo(trx).insert(actor, raw, { operation, resourceId: id, requestHash: hash }, now.toISOString());
      return result;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const winner = await replayed();
      if (winner !== undefined) return winner;
    }
    throw err;
  }
}
