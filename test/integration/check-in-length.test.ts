import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

/**
 * Found by the week-in-the-life journey: opening the Partner page before the agreement is settled
 * stores tonight's check-in with the default length; agreeing on 20 minutes at the same hour then
 * still showed "for 15 minutes" beside an agreement that says 20.
 */
describe.each(dialects())('tonight’s check-in follows the agreement accepted after it was first shown, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('takes the new length when the start time is unchanged, and keeps a completed one as it was', async () => {
    h.clock.now = new Date('2026-12-07T08:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const before = await a.request('GET', '/api/v1/pair/check-ins/next');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ startsAt: '2026-12-07T20:00:00.000Z', minutes: 15 });

    const terms = (await a.request('GET', '/api/v1/pair/agreement')).body.effective as Record<string, unknown>;
    const proposed = await a.request('PUT', '/api/v1/pair/agreement', { ...terms, checkInMinutes: 20 });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: proposed.body.version })).status).toBe(200);

    for (const who of [a, b]) {
      const next = await who.request('GET', '/api/v1/pair/check-ins/next');
      expect(next.body).toMatchObject({ startsAt: '2026-12-07T20:00:00.000Z', endsAt: '2026-12-07T20:20:00.000Z', minutes: 20 });
    }

    // Held and completed at 20 minutes; a later change of length leaves that evening as it was.
    h.clock.now = new Date('2026-12-07T20:05:00.000Z');
    const tonight = (await a.request('GET', '/api/v1/pair/check-ins/next')).body as { id: string };
    const done = await a.request('POST', `/api/v1/pair/check-ins/${tonight.id}/complete`, { discussedTopicIds: [] });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const again = await b.request('PUT', '/api/v1/pair/agreement', { ...terms, checkInMinutes: 30 });
    expect((await a.request('POST', '/api/v1/pair/agreement/accept', { version: again.body.version })).status).toBe(200);
    const row = await h.database.db.selectFrom('pair_check_ins').selectAll().where('id', '=', tonight.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ends_at: '2026-12-07T20:20:00.000Z', minutes: 20 });
  });
});
