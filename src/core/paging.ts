/**
 * Keyset paging over (sort key desc, id desc). The sort key is an ISO-8601 UTC timestamp with
 * milliseconds (createdAt for the journal, occurredAt or startedAt elsewhere). The cursor is
 * opaque to clients but only encodes the last row's sort key, never content.
 */
export interface SortKey {
  at: string;
  id: string;
}

export function encodeKey(k: SortKey): string {
  return Buffer.from(`${k.at}|${k.id}`, 'utf8').toString('base64url');
}

export function decodeKey(raw: string): SortKey | null {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(text);
  return m ? { at: m[1]!, id: m[2]! } : null;
}

/** Fetch one more row than asked to know whether a next page exists without a count query. */
export function pageBy<T extends { id: string }>(
  rows: T[],
  limit: number,
  sortKey: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeKey({ at: sortKey(last), id: last.id }) : null };
}

/** The journal's cursor: the same encoding, keyed by createdAt. */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return encodeKey({ at: c.createdAt, id: c.id });
}

export function decodeCursor(raw: string): Cursor | null {
  const k = decodeKey(raw);
  return k && { createdAt: k.at, id: k.id };
}

export function pageFrom<T extends { createdAt: string; id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  return pageBy(rows, limit, (r) => r.createdAt);
}
