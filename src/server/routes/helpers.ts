import { notFound } from '../problem.js';

/**
 * A PATCH body over the stored row: only the fields the body names (defined) overwrite, and only
 * fields the row has, so a body key that is not part of the row (a time sent for ordering, say)
 * never rides along into what is written or answered.
 */
export function mergeDefined<T extends object>(current: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && Object.hasOwn(current, key)) next[key] = value;
  }
  return next as T;
}

/**
 * The row, or 404 when there is none for this person: someone else's id and an id that never
 * existed answer alike, because every repository read already filters by the actor.
 */
export function ownedOr404<T extends object | string>(row: T | null | undefined | false): T {
  if (row === null || row === undefined || row === false) throw notFound();
  return row;
}

/** A reply that can answer 204 with no body (Fastify's typed reply of any route that declares one). */
interface NoContentReply {
  code(status: 204): { send(payload: null): unknown };
}

/** Deletes, then answers 204; 404 when nothing of the person's was there to delete. */
export async function deleteOr404<R extends NoContentReply>(reply: R, deleting: Promise<boolean> | boolean): Promise<R> {
  if (!(await deleting)) throw notFound();
  reply.code(204).send(null);
  return reply;
}
