import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeKey, encodeCursor, encodeKey, pageBy, pageFrom } from './paging.js';

describe('keyset paging', () => {
  it('round-trips a cursor and rejects anything else', () => {
    const c = { createdAt: '2026-11-21T10:00:00.000Z', id: '3f1c9a2e-8b7d-4c1e-9f00-1234567890ab' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('garbage')).toBeNull();
    expect(decodeCursor(Buffer.from('2026-11-21|x').toString('base64url'))).toBeNull();
  });

  it('never decodes arbitrary input into something that is not a timestamp and uuid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const c = decodeCursor(s);
        if (c) expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
      }),
    );
  });

  it('returns a next cursor only when there is one more row than asked', () => {
    const rows = [1, 2, 3].map((n) => ({ createdAt: `2026-11-2${n}T00:00:00.000Z`, id: `00000000-0000-4000-8000-00000000000${n}` }));
    expect(pageFrom(rows.slice(0, 2), 2).nextCursor).toBeNull();
    const page = pageFrom(rows, 2);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual(rows[1]);
  });
});

describe('keyset paging by any sort key', () => {
  it('encodes exactly like the journal cursor, so cursors already handed out stay valid', () => {
    const at = '2026-03-01T02:30:00.000Z';
    const id = '3f1c9a2e-8b7d-4c1e-9f00-1234567890ab';
    expect(encodeKey({ at, id })).toBe(encodeCursor({ createdAt: at, id }));
    expect(decodeKey(encodeCursor({ createdAt: at, id }))).toEqual({ at, id });
  });

  it('pages by the key it is given', () => {
    const rows = [3, 2, 1].map((n) => ({ occurredAt: `2026-03-0${n}T00:00:00.000Z`, id: `00000000-0000-4000-8000-00000000000${n}` }));
    const page = pageBy(rows, 2, (r) => r.occurredAt);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeKey(page.nextCursor!)).toEqual({ at: rows[1]!.occurredAt, id: rows[1]!.id });
    expect(pageBy(rows, 3, (r) => r.occurredAt).nextCursor).toBeNull();
  });
});
