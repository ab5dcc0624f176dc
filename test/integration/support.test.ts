import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(dialects())('support on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('keeps a private list of support: add, edit, list, remove', async () => {
    const created = await me.request('POST', '/api/v1/support-resources', {
      name: 'Community counselling centre',
      kind: 'clinic',
      contact: '0123 456 789',
      cost: 'sliding scale',
    });
    expect(created.status).toBe(201);
    const id = created.body.resource.id;
    expect(created.body.safety).toEqual({ crisis: false });
    const edited = await me.request('PATCH', `/api/v1/support-resources/${id}`, { notes: 'Ask about couples sessions' });
    expect(edited.body.resource).toMatchObject({ name: 'Community counselling centre', notes: 'Ask about couples sessions' });
    expect(edited.body.safety).toEqual({ crisis: false });
    // Notes are the person's own words: they get the crisis check like every other free-text field.
    const worried = await me.request('PATCH', `/api/v1/support-resources/${id}`, { notes: 'I want to kill myself, call them first' });
    expect(worried.body.safety).toEqual({ crisis: true });
    expect(worried.body.resource.notes).toBe('I want to kill myself, call them first');
    await me.request('PATCH', `/api/v1/support-resources/${id}`, { notes: 'Ask about couples sessions' });
    expect((await me.request('GET', '/api/v1/support-resources')).body.items.map((r: any) => r.id)).toEqual([id]);
    const { a, b } = await linkedPair(h);
    const theirs = (await a.request('POST', '/api/v1/support-resources', { name: 'Dr. R.', kind: 'therapist' })).body.resource.id;
    for (const target of [theirs, MISSING]) {
      expect((await b.request('PATCH', `/api/v1/support-resources/${target}`, { name: 'x' })).status).toBe(404);
      expect((await b.request('DELETE', `/api/v1/support-resources/${target}`)).status).toBe(404);
    }
    expect((await b.request('GET', '/api/v1/support-resources')).body.items).toEqual([]);
    expect(
      (await me.request('POST', '/api/v1/support-resources', { name: '', kind: 'guru' })).body.errors.map((e: any) => e.field).sort(),
    ).toEqual(['kind', 'name']);
    expect((await me.request('DELETE', `/api/v1/support-resources/${id}`)).status).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/support-signals' })).statusCode).toBe(401);
  });

  it('reads exhaustion, insecurity and stuck goals from the last three weeks, keeping the ratings from the partner', async () => {
    // The harness clock: Saturday 2026-11-21 (London), in the week of Monday the 16th.
    const { a, b } = await linkedPair(h);
    const weekly = (week: string, checks: Record<string, number>) =>
      a.request('PUT', '/api/v1/reviews', {
        kind: 'weekly',
        periodStart: week,
        answers: [{ prompt: 'How was it?', text: 'Up and down.' }],
        checks,
      });
    expect((await weekly('2026-11-16', { drained: 8, secure: 2 })).status).toBe(200);
    expect((await weekly('2026-11-09', { drained: 7, secure: 3 })).status).toBe(200);
    expect((await weekly('2026-10-26', { drained: 9, secure: 1 })).status).toBe(200); // too long ago to count
    for (const week of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      expect(
        (await a.request('POST', '/api/v1/goals', { title: `Pause before texting (${week})`, scope: 'personal', weekStart: week })).status,
      ).toBe(201);
    }
    const signals = (await a.request('GET', '/api/v1/support-signals')).body;
    expect(signals.reasons.map((r: any) => r.code)).toEqual(['exhaustion', 'insecurity', 'stuck']);
    expect(signals.suggestSupport).toBe(true);

    const mine = (await a.request('GET', '/api/v1/reviews?kind=weekly&periodStart=2026-11-16')).body.review;
    expect(mine.myChecks).toEqual({ drained: 8, secure: 2 });
    expect(
      (
        await b.request('PUT', '/api/v1/reviews', {
          kind: 'weekly',
          periodStart: '2026-11-16',
          answers: [{ prompt: 'How was it?', text: 'Better.' }],
        })
      ).status,
    ).toBe(200);
    const theirs = (await b.request('GET', '/api/v1/reviews?kind=weekly&periodStart=2026-11-16')).body.review;
    expect(theirs.status).toBe('revealed');
    expect(theirs.myChecks).toBeNull();
    expect(JSON.stringify(theirs)).not.toContain('"drained":8');
    expect((await b.request('GET', '/api/v1/support-signals')).body.reasons).toEqual([]);

    // A note on one goal means they moved: no longer stuck.
    const goal = (await a.request('GET', '/api/v1/goals')).body.items[0];
    await a.request('PATCH', `/api/v1/goals/${goal.id}`, { note: 'Did it twice.' });
    expect((await a.request('GET', '/api/v1/support-signals')).body.reasons.map((r: any) => r.code)).toEqual(['exhaustion', 'insecurity']);
    const monthly = await a.request('PUT', '/api/v1/reviews', {
      kind: 'monthly',
      periodStart: '2026-11-01',
      answers: [{ prompt: 'x', text: 'y' }],
      checks: { drained: 1 },
    });
    expect(monthly.body.errors[0].field).toBe('checks');
  });

  it('suggests support for one screening sign, and for two other signs together, with reasons', async () => {
    const person = await signup(h.app);
    expect((await person.request('GET', '/api/v1/support-signals')).body).toEqual({ suggestSupport: false, reasons: [], smallStep: null });
    await person.request('POST', '/api/v1/assessments', { instrument: 'gad7', answers: [2, 2, 2, 2, 2, 0, 0] });
    const anxious = (await person.request('GET', '/api/v1/support-signals')).body;
    expect(anxious.suggestSupport).toBe(true);
    expect(anxious.reasons.map((r: any) => r.code)).toEqual(['anxiety-screen']);

    // A ninth PHQ-9 answer above 0 is a reason on its own, whatever the total.
    const flagged = await signup(h.app);
    await flagged.request('POST', '/api/v1/assessments', { instrument: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    const safety = (await flagged.request('GET', '/api/v1/support-signals')).body;
    expect(safety).toMatchObject({ suggestSupport: true, reasons: [{ code: 'self-harm-thoughts' }] });

    // Three full cycles in the last 30 days: one sign alone does not suggest support.
    const other = await signup(h.app);
    const now = h.clock.now.getTime();
    for (const day of [3, 9, 20]) {
      for (const [hour, stage] of [
        [0, 'pursuit'],
        [1, 'withdrawal'],
        [2, 'reconnection'],
      ] as const) {
        const occurredAt = new Date(now - day * 86_400_000 + hour * 3_600_000).toISOString();
        await other.request('POST', '/api/v1/cycle-events', { occurredAt, stage, actor: 'me', intensity: 5 });
      }
    }
    const cycles = (await other.request('GET', '/api/v1/support-signals')).body;
    expect(cycles).toMatchObject({ suggestSupport: false, reasons: [{ code: 'recurring-cycles' }] });
    await other.request('POST', '/api/v1/assessments', { instrument: 'csi4', answers: [2, 2, 2, 2] });
    const both = (await other.request('GET', '/api/v1/support-signals')).body;
    expect(both.suggestSupport).toBe(true);
    expect(both.reasons.map((r: any) => r.code)).toEqual(['recurring-cycles', 'relationship-distress']);
  });
});
