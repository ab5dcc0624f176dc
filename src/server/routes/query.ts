import { decodeKey, type SortKey } from '../../core/paging.js';
import { INSTANT_RANGE_MESSAGE, rangeBound, storedInstant } from '../../core/reassurance/instants.js';
import { badRequest } from '../problem.js';

/** Query and body pieces the list and create routes share, each refused with a 400 naming its field. */

/** A paging cursor decoded, or a 400 naming `cursor` when it was sent but is not one of ours. */
export function cursorOf<T>(raw: string | undefined, decode: (s: string) => T | null): T | null {
  if (raw === undefined) return null;
  const decoded = decode(raw);
  if (decoded === null) throw badRequest([{ field: 'cursor', in: 'query', message: 'This cursor is not valid' }]);
  return decoded;
}

/** A chosen moment (occurredAt, startedAt) in stored form, or a 400 naming the field. */
export function instantOf(iso: string, field: string): string {
  const stored = storedInstant(iso);
  if (stored === null) throw badRequest([{ field, in: 'body', message: INSTANT_RANGE_MESSAGE }]);
  return stored;
}

/** The from/to/cursor query the reassurance loop's lists share, in stored form. */
export function rangePage(q: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined }): {
  from: string | undefined;
  to: string | undefined;
  after: SortKey | null;
} {
  return {
    from: q.from === undefined ? undefined : rangeBound(q.from),
    to: q.to === undefined ? undefined : rangeBound(q.to),
    after: cursorOf(q.cursor, decodeKey),
  };
}
