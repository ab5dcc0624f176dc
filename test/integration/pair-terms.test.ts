import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

/** The request cap and the check-in window come from the agreement the pair accepted, not the defaults. */
describe.each(dialects())('requests under an accepted agreement on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('uses the agreed cap, time zone and check-in rhythm', async () => {
    h.clock.now = new Date('2026-11-21T12:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const terms = {
      checkInRule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
      checkInMinutes: 30,
      timeZone: 'America/New_York',
      dailyRequestCap: 2,
      requestTemplate: 'Could you listen for a few minutes and then help me make a plan?',
      acknowledgmentTemplate: 'I hear you. What will you try first?',
    };
    expect((await a.request('PUT', '/api/v1/pair/agreement', terms)).status).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 })).status).toBe(200);

    // 12:00 UTC is 07:00 in New York: outside the 08:00 check-in, so two requests, then a kind refusal.
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
    const over = await a.request('POST', '/api/v1/pair/requests', {});
    expect(over.status).toBe(422);
    expect(over.body.cap).toBe(2);
    expect(over.body.nextCheckIn.startsAt).toBe('2026-11-21T13:00:00.000Z');
    // During the agreed check-in (08:10 in New York) requests are free and do not count.
    h.clock.now = new Date('2026-11-21T13:10:00.000Z');
    const inWindow = await a.request('POST', '/api/v1/pair/requests', {});
    expect(inWindow.status).toBe(201);
    expect(inWindow.body.request.inCheckInWindow).toBe(true);
    // The default 20:00 London window means nothing to this pair any more.
    h.clock.now = new Date('2026-11-21T20:05:00.000Z');
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(422);
  });
});
