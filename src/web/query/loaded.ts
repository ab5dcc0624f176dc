import { ApiError } from '../api/client.js';

/** What a screen draws from one query: a 404 is `missing` (deleted, someone else's, not linked), never an error. */
export type Loaded<T> = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/** The part of a query (plain or infinite) the screens' states come from. */
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
}

/**
 * A query as the screens' states. Data already on screen stays while a refetch runs or fails (a
 * live event or a change made here asks again), so nothing flashes back to "loading"; only a
 * refetch that answers "not there" replaces it.
 * `missingOn` lists the statuses that mean "not there": an id in a page's URL that is malformed
 * (400) answers like someone else's (404).
 */
export function loaded<T>(query: QueryState<T>, missingOn: readonly number[] = [404]): Loaded<T> {
  const err = query.error;
  // Asked again and told it is gone (deleted here or on another device): the cached copy is no longer true.
  if (err instanceof ApiError && missingOn.includes(err.status)) return { status: 'missing' };
  if (query.data !== undefined) return { status: 'ready', data: query.data };
  if (err === null || err === undefined) return { status: 'loading' };
  return { status: 'error', message: err instanceof ApiError ? err.friendly : 'Something went wrong.' };
}

/** `loaded` for one of the person's own things opened by id from a URL. */
export function loadedItem<T>(query: QueryState<T>): Loaded<T> {
  return loaded(query, [404, 400]);
}
