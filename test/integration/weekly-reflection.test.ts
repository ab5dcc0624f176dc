import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

const answers = [{ prompt: 'What went well?', text: 'I called my sister on Tuesday.' }];
const path = (week: string) => `/api/v1/weekly-reflections/${week}`;

describe.each(dialects())('the weekly reflection written alone on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('is written, rewritten and read back during its week, with its two ratings; a closed week stays as it was', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z'); // Saturday, in the week of Monday the 16th
    const me = await signup(h.app);
    const empty = await me.request('GET', path('2026-11-16'));
    expect(empty.status).toBe(200);
    expect(empty.body.reflection).toEqual({ weekStart: '2026-11-16', open: true, answers: null, checks: null, submittedAt: null });

    const saved = await me.request('PUT', path('2026-11-16'), { answers, checks: { drained: 6, secure: 4 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.reflection).toMatchObject({ answers, checks: { drained: 6, secure: 4 }, submittedAt: '2026-11-21T10:00:00.000Z' });
    expect(saved.body.safety).toEqual({ crisis: false });

    // Its free text gets the same crisis check as every other.
    const worried = await me.request('PUT', path('2026-11-16'), { answers: [{ prompt: 'How was it?', text: 'I want to kill myself' }] });
    expect(worried.body.safety).toEqual({ crisis: true });
    const rewritten = await me.request('PUT', path('2026-11-16'), { answers, checks: { drained: 8, secure: 2 } });
    expect(rewritten.body.reflection).toMatchObject({ answers, checks: { drained: 8, secure: 2 } });
    expect((await me.request('GET', path('2026-11-16'))).body.reflection.answers).toEqual(answers);

    const past = await me.request('PUT', path('2026-11-09'), { answers });
    expect(past.status).toBe(409);
    expect((await me.request('GET', path('2026-11-09'))).body.reflection).toMatchObject({ open: false, answers: null });
    expect((await me.request('PUT', path('2026-11-23'), { answers })).status).toBe(409);
    h.clock.now = new Date('2026-11-24T10:00:00.000Z');
    expect((await me.request('PUT', path('2026-11-16'), { answers })).status).toBe(409);
    expect((await me.request('GET', path('2026-11-16'))).body.reflection).toMatchObject({ open: false, answers });
  });

  it('answers 400 naming the field, 401 without a session, and shows each person only their own', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    const me = await signup(h.app);
    const other = await signup(h.app);
    expect((await me.request('PUT', path('2026-11-17'), { answers })).body.errors[0].field).toBe('weekStart');
    expect((await me.request('PUT', path('2026-11-16'), { answers: [] })).body.errors[0].field).toBe('answers');
    expect((await me.request('PUT', path('2026-11-16'), { answers, checks: { drained: 11 } })).body.errors[0].field).toBe('checks.drained');
    expect((await me.request('GET', path('not-a-day'))).status).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: path('2026-11-16') })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'PUT', url: path('2026-11-16'), payload: { answers } })).statusCode).toBe(401);

    await me.request('PUT', path('2026-11-16'), { answers, checks: { drained: 9, secure: 1 } });
    const theirs = (await other.request('GET', path('2026-11-16'))).body.reflection;
    expect(theirs).toMatchObject({ answers: null, checks: null });
  });

  it('feeds the support signals exactly as the ratings of a weekly review together do', async () => {
    const me = await signup(h.app);
    h.clock.now = new Date('2026-11-12T10:00:00.000Z'); // the week of the 9th
    await me.request('PUT', path('2026-11-09'), { answers, checks: { drained: 8, secure: 3 } });
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    expect((await me.request('GET', '/api/v1/support-signals')).body.reasons).toEqual([]);
    await me.request('PUT', path('2026-11-16'), { answers, checks: { drained: 7, secure: 2 } });
    const signals = (await me.request('GET', '/api/v1/support-signals')).body;
    expect(signals.reasons.map((r: { code: string }) => r.code)).toEqual(['exhaustion', 'insecurity']);
    expect(signals.suggestSupport).toBe(true);
  });

  it('stays unseen by a partner linked later, and is never taken for the weekly review together', async () => {
    h.clock.now = new Date('2026-11-21T10:00:00.000Z');
    const a = await signup(h.app);
    const secret = [{ prompt: 'What was hard?', text: 'A private worry about us, before we linked' }];
    await a.request('PUT', path('2026-11-16'), { answers: secret, checks: { drained: 5, secure: 5 } });

    const b = await signup(h.app);
    const invite = await a.request('POST', '/api/v1/pair/invitations');
    expect((await b.request('POST', '/api/v1/pair/join', { code: invite.body.code })).status).toBe(201);

    const week = '/api/v1/reviews?kind=weekly&periodStart=2026-11-16';
    expect((await a.request('GET', week)).body.review).toMatchObject({ status: 'not-submitted', mine: null });
    await b.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: '2026-11-16', answers });
    const together = [{ prompt: 'What went well?', text: 'We talked on Friday.' }];
    const revealed = (await a.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: '2026-11-16', answers: together })).body
      .review;
    expect(revealed.status).toBe('revealed');
    expect(revealed.mine.answers).toEqual(together);
    const seenByB = (await b.request('GET', week)).body;
    expect(seenByB.review.partner.answers).toEqual(together);
    expect(JSON.stringify(seenByB)).not.toContain('private worry');
    expect(JSON.stringify((await b.request('GET', path('2026-11-16'))).body)).not.toContain('private worry');
    expect(JSON.stringify((await b.request('GET', '/api/v1/me/export')).body)).not.toContain('private worry');
    // Still the person's own, and still theirs to read.
    expect((await a.request('GET', path('2026-11-16'))).body.reflection.answers).toEqual(secret);
    expect(JSON.stringify((await a.request('GET', '/api/v1/me/export')).body)).toContain('private worry');
  });
});
