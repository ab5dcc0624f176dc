import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SteadyEvent } from '../../src/contracts/events.js';
import { REQUEST_CAP_REACHED } from '../../src/contracts/pair/reassurance-requests.js';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const WEEK = '2026-11-16';
const steps = [
  { notice: 'my chest gets tight and I start checking my phone', will: 'breathe slowly for two minutes', help: 'sitting with me quietly' },
];
const answers = [{ prompt: 'What went well?', text: 'We kept the check-in every day.' }];

describe.each(dialects())('support between partners on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  /** Moves the test clock to an instant (the harness clock only moves forward in these tests). */
  const at = (iso: string) => {
    h.clock.now = new Date(iso);
  };

  it('runs a request from ask to plan: the partner accepts, both see the same timer, the requester closes it', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const seen: Array<[string, SteadyEvent['type']]> = [];
    for (const p of [a, b]) h.app.events.subscribe(p.user.id, (e) => seen.push([p.user.id, e.type]));

    const created = await a.request('POST', '/api/v1/pair/requests', { context: 'The silence after our call' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.request.id as string;
    expect(created.body.request).toMatchObject({
      status: 'pending',
      minutes: 5,
      inCheckInWindow: false,
      context: 'The silence after our call',
    });
    expect(created.body.request.message).toContain('The silence after our call');
    expect(created.body.safety).toEqual({ crisis: false });

    const listB = (await b.request('GET', '/api/v1/pair/requests')).body;
    expect(listB.items.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(listB.acknowledgments.length).toBeGreaterThan(1);
    expect(listB.nextCheckIn).toEqual({ startsAt: '2026-11-21T20:00:00.000Z', endsAt: '2026-11-21T20:15:00.000Z' });
    expect((await a.request('GET', '/api/v1/pair/requests')).body.remainingToday).toBe(0);
    expect(listB.remainingToday).toBe(1);

    expect((await a.request('POST', `/api/v1/pair/requests/${id}/respond`, { response: 'accept' })).status).toBe(403);
    expect((await a.request('POST', `/api/v1/pair/requests/${id}/complete`, { plan: 'Walk' })).status).toBe(409);
    const accepted = await b.request('POST', `/api/v1/pair/requests/${id}/respond`, { response: 'accept' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.request.listening).toEqual({ startedAt: '2026-11-21T10:00:00.000Z', endsAt: '2026-11-21T10:05:00.000Z' });
    expect((await a.request('GET', '/api/v1/pair/requests')).body.items[0].listening).toEqual(accepted.body.request.listening);
    expect((await b.request('POST', `/api/v1/pair/requests/${id}/respond`, { response: 'decline' })).status).toBe(409);

    expect((await b.request('POST', `/api/v1/pair/requests/${id}/complete`, { plan: 'Walk' })).status).toBe(403);
    const done = await a.request('POST', `/api/v1/pair/requests/${id}/complete`, { plan: 'Walk round the block, then write it down.' });
    expect(done.status).toBe(200);
    expect(done.body.request).toMatchObject({ status: 'completed', plan: 'Walk round the block, then write it down.' });
    expect((await a.request('POST', `/api/v1/pair/requests/${id}/complete`, { plan: 'Again' })).status).toBe(409);

    const types = (u: Client) => seen.filter(([who]) => who === u.user.id).map(([, t]) => t);
    for (const p of [a, b]) expect(types(p)).toEqual(['request.created', 'request.answered', 'request.completed']);
  });

  it('answers "later" with a time or the next check-in, and "decline" with a kind note', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const first = (await a.request('POST', '/api/v1/pair/requests', {})).body.request.id;
    const later = await b.request('POST', `/api/v1/pair/requests/${first}/respond`, { response: 'later' });
    expect(later.body.request).toMatchObject({ status: 'later', laterAt: '2026-11-21T20:00:00.000Z', listening: null });
    const past = await b.request('POST', `/api/v1/pair/requests/${first}/respond`, {
      response: 'later',
      laterAt: '2026-11-21T09:00:00.000Z',
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('laterAt');
    // "later" can still become an accept.
    expect((await b.request('POST', `/api/v1/pair/requests/${first}/respond`, { response: 'accept' })).body.request.status).toBe(
      'accepted',
    );

    const second = (await b.request('POST', '/api/v1/pair/requests', { minutes: 10 })).body.request;
    expect(second.minutes).toBe(10);
    const note = 'I hear you. Not right now; let’s keep it for tonight.';
    const declined = await a.request('POST', `/api/v1/pair/requests/${second.id}/respond`, { response: 'decline', note });
    expect(declined.body.request).toMatchObject({ status: 'declined', response: 'decline', note });
  });

  it('refuses a request over the cap outside the window, kindly, with the alternatives; the window and the next day are free', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
    const over = await a.request('POST', '/api/v1/pair/requests', { context: 'one more' });
    expect(over.status).toBe(422);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body.type).toBe(REQUEST_CAP_REACHED);
    expect(over.body.type.endsWith('request-cap-reached')).toBe(true);
    expect(over.body.alternatives.map((x: { action: string }) => x.action)).toEqual(['park', 'soothe']);
    expect(over.body.nextCheckIn.startsAt).toBe('2026-11-21T20:00:00.000Z');
    expect(over.body.cap).toBe(1);
    // Not sent: the partner sees only the first.
    expect((await b.request('GET', '/api/v1/pair/requests')).body.items).toHaveLength(1);
    // Each partner has their own allowance.
    expect((await b.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);

    at('2026-11-21T20:05:00.000Z');
    const inWindow = await a.request('POST', '/api/v1/pair/requests', {});
    expect(inWindow.status).toBe(201);
    expect(inWindow.body.request.inCheckInWindow).toBe(true);
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
    at('2026-11-21T20:16:00.000Z');
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(422);
    at('2026-11-22T00:01:00.000Z');
    expect((await a.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
  });

  it('counts the day in the pair’s time zone, not UTC', async () => {
    // The inviter lives in Auckland (UTC+13 in November): 10:30 UTC is 23:30 there.
    at('2026-11-21T10:30:00.000Z');
    const a = await signup(h.app, { timeZone: 'Pacific/Auckland' });
    const b = await signup(h.app, { timeZone: 'Europe/London' });
    const { code } = (await a.request('POST', '/api/v1/pair/invitations')).body;
    expect((await b.request('POST', '/api/v1/pair/join', { code })).status).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
    expect((await b.request('POST', '/api/v1/pair/requests', {})).status).toBe(422);
    // 11:05 UTC: still the 21st in London, but a new day for the pair.
    at('2026-11-21T11:05:00.000Z');
    expect((await b.request('POST', '/api/v1/pair/requests', {})).status).toBe(201);
  });

  it('lets exactly one of two requests racing for the last slot through', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a } = await linkedPair(h);
    const results = await Promise.all([1, 2, 3].map(() => a.request('POST', '/api/v1/pair/requests', {})));
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
  });

  it('gives and lists kudos, newest first, paged', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    for (const text of ['You paused before asking', 'You used the plan', 'You parked it for tonight']) {
      const r = await a.request('POST', '/api/v1/pair/kudos', { text, category: 'paused' });
      expect(r.status).toBe(201);
      h.clock.advance(1000);
    }
    const page1 = (await b.request('GET', '/api/v1/pair/kudos?limit=2')).body;
    expect(page1.items.map((k: { text: string }) => k.text)).toEqual(['You parked it for tonight', 'You used the plan']);
    const page2 = (await b.request('GET', `/api/v1/pair/kudos?limit=2&cursor=${page1.nextCursor}`)).body;
    expect(page2.items.map((k: { text: string }) => k.text)).toEqual(['You paused before asking']);
    expect(page2.nextCursor).toBeNull();
    // A retried send with the same Idempotency-Key gives the first kudos back, not a second one.
    const key = { 'idempotency-key': 'kudos-retry-1' };
    const first = await a.request('POST', '/api/v1/pair/kudos', { text: 'Thank you for waiting' }, key);
    const retry = await a.request('POST', '/api/v1/pair/kudos', { text: 'Thank you for waiting' }, key);
    expect(retry.body.kudos.id).toBe(first.body.kudos.id);
    expect((await b.request('GET', '/api/v1/pair/kudos?limit=100')).body.items).toHaveLength(4);
    const bad = await a.request('POST', '/api/v1/pair/kudos', { text: 'x'.repeat(281) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('text');
    expect((await a.request('POST', '/api/v1/pair/kudos', { text: 'ok', category: 'nagged' })).body.errors[0].field).toBe('category');
  });

  it('agrees a stress plan like an agreement: versions, only the other accepts, one of two racing accepts wins', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    expect((await a.request('GET', '/api/v1/pair/stress-plan')).body).toEqual({ current: null, pending: null, history: [] });
    const v1 = await a.request('PUT', '/api/v1/pair/stress-plan', { steps });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ version: 1, status: 'proposed' });
    expect((await a.request('POST', '/api/v1/pair/stress-plan/accept', { version: 1 })).status).toBe(403);
    const racing = await Promise.all([b, b].map((p) => p.request('POST', '/api/v1/pair/stress-plan/accept', { version: 1 })));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    const plan = (await a.request('GET', '/api/v1/pair/stress-plan')).body;
    expect(plan.current).toMatchObject({ version: 1, steps, acceptedBy: b.user.id });

    // A new proposal waits; the accepted version stays in force; a newer proposal replaces the waiting one.
    await b.request('PUT', '/api/v1/pair/stress-plan', {
      steps: [...steps, { notice: 'I want to send five texts', will: 'write them in my journal', help: '' }],
    });
    await a.request('PUT', '/api/v1/pair/stress-plan', { steps });
    const later = (await b.request('GET', '/api/v1/pair/stress-plan')).body;
    expect(later.current.version).toBe(1);
    expect(later.pending.version).toBe(3);
    expect(later.history.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [3, 'proposed'],
      [2, 'replaced'],
      [1, 'accepted'],
    ]);
    expect((await a.request('POST', '/api/v1/pair/stress-plan/accept', { version: 2 })).status).toBe(409);
    expect((await b.request('POST', '/api/v1/pair/stress-plan/accept', { version: 3 })).body.current.version).toBe(3);
    expect((await b.request('POST', '/api/v1/pair/stress-plan/accept', { version: 99 })).status).toBe(404);
    // Two proposals at the same moment: never two with one version number, never two waiting.
    const raced = await Promise.all([a, b].map((p) => p.request('PUT', '/api/v1/pair/stress-plan', { steps })));
    expect(raced.map((r) => r.status).every((s) => s === 201 || s === 409)).toBe(true);
    const afterRace = (await a.request('GET', '/api/v1/pair/stress-plan')).body;
    expect(afterRace.history.filter((v: { status: string }) => v.status === 'proposed')).toHaveLength(1);
    expect(new Set(afterRace.history.map((v: { version: number }) => v.version)).size).toBe(afterRace.history.length);
    const empty = await a.request('PUT', '/api/v1/pair/stress-plan', { steps: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('steps');
  });

  it('keeps personal goals private unless shared, and joint goals in the pair', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const heard: string[] = [];
    h.app.events.subscribe(b.user.id, (e) => heard.push(`${e.type}:${e.id}`));
    const priv = (await a.request('POST', '/api/v1/goals', { title: 'Sleep by eleven', scope: 'personal', weekStart: WEEK })).body.goal;
    expect(priv).toMatchObject({ scope: 'personal', shared: false, done: false, ownerId: a.user.id });
    const joint = (await b.request('POST', '/api/v1/goals', { title: 'Three check-ins', scope: 'joint', weekStart: WEEK })).body.goal;
    expect(joint.shared).toBe(true);
    // The partner's screens hear of joint goals, never of a private one.
    expect(heard).toEqual([`goal.changed:${joint.id}`]);

    const bList = (await b.request('GET', `/api/v1/goals?weekStart=${WEEK}`)).body.items.map((g: { id: string }) => g.id);
    expect(bList).toEqual([joint.id]);
    expect((await b.request('PATCH', `/api/v1/goals/${priv.id}`, { done: true })).status).toBe(404);

    const shared = await a.request('PATCH', `/api/v1/goals/${priv.id}`, { shared: true, note: 'Managed it twice so far' });
    expect(shared.body.goal).toMatchObject({ shared: true, notes: [{ text: 'Managed it twice so far', authorId: a.user.id }] });
    expect((await b.request('GET', '/api/v1/goals')).body.items).toHaveLength(2);
    expect((await b.request('PATCH', `/api/v1/goals/${priv.id}`, { done: true })).status).toBe(403);
    // Either partner moves a joint goal along.
    const progressed = await a.request('PATCH', `/api/v1/goals/${joint.id}`, { done: true, note: 'Done on Sunday' });
    expect(progressed.body.goal).toMatchObject({ done: true, notes: [{ authorId: a.user.id }] });
    expect((await a.request('PATCH', `/api/v1/goals/${joint.id}`, { shared: false })).status).toBe(400);

    const alone = await signup(h.app);
    expect((await alone.request('POST', '/api/v1/goals', { title: 'x', scope: 'joint', weekStart: WEEK })).status).toBe(404);
    expect((await alone.request('POST', '/api/v1/goals', { title: 'x', scope: 'personal', weekStart: WEEK })).status).toBe(201);
    expect(
      (await alone.request('POST', '/api/v1/goals', { title: 'x', scope: 'personal', weekStart: '2026-13-01' })).body.errors[0].field,
    ).toBe('weekStart');
  });

  it('reveals weekly reviews together once both wrote; monthly reflections stay private', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const revealed: string[] = [];
    h.app.events.subscribe(a.user.id, (e) => revealed.push(e.type));
    const mine = await a.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: WEEK, answers });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.review).toMatchObject({ status: 'waiting-for-partner', partner: null });
    const bBefore = (await b.request('GET', `/api/v1/reviews?kind=weekly&periodStart=${WEEK}`)).body.review;
    expect(bBefore).toEqual({ kind: 'weekly', periodStart: WEEK, status: 'not-submitted', mine: null, partner: null, myChecks: null });
    // Rewriting before the reveal is fine.
    expect((await a.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: WEEK, answers })).status).toBe(200);

    const theirs = await b.request('PUT', '/api/v1/reviews', {
      kind: 'weekly',
      periodStart: WEEK,
      answers: [{ prompt: 'Hard?', text: 'Tuesday.' }],
    });
    expect(theirs.body.review).toMatchObject({ status: 'revealed', partner: { authorId: a.user.id } });
    expect((await a.request('GET', `/api/v1/reviews?kind=weekly&periodStart=${WEEK}`)).body.review.partner.answers).toEqual([
      { prompt: 'Hard?', text: 'Tuesday.' },
    ]);
    expect(revealed).toContain('review.revealed');
    expect((await a.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: WEEK, answers })).status).toBe(409);

    const month = await a.request('PUT', '/api/v1/reviews', { kind: 'monthly', periodStart: '2026-11-01', answers });
    expect(month.body.review).toMatchObject({ status: 'private', partner: null });
    expect((await b.request('GET', '/api/v1/reviews?kind=monthly&periodStart=2026-11-01')).body.review.mine).toBeNull();
    const wrongDay = await a.request('PUT', '/api/v1/reviews', { kind: 'monthly', periodStart: '2026-11-02', answers });
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.body.errors[0].field).toBe('periodStart');
  });

  it('authorizes every route: members 200/201, a stranger and the former partners 404, anonymous 401', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const stranger = await signup(h.app);
    const request = (await a.request('POST', '/api/v1/pair/requests', {})).body.request.id as string;
    const request2 = (await b.request('POST', '/api/v1/pair/requests', {})).body.request.id as string;
    await a.request('PUT', '/api/v1/pair/stress-plan', { steps });
    const privGoal = (await a.request('POST', '/api/v1/goals', { title: 'Mine', scope: 'personal', weekStart: WEEK })).body.goal.id;
    const jointGoal = (await a.request('POST', '/api/v1/goals', { title: 'Ours', scope: 'joint', weekStart: WEEK })).body.goal.id;
    await a.request('POST', '/api/v1/pair/kudos', { text: 'You waited' });
    await a.request('PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: WEEK, answers });

    type Row = [method: string, url: string, body: unknown, who: Record<'a' | 'b' | 'stranger', number>];
    const pairOnly = (aStatus: number, bStatus: number) => ({ a: aStatus, b: bStatus, stranger: 404 });
    const rows: Row[] = [
      ['GET', '/api/v1/pair/requests', undefined, pairOnly(200, 200)],
      ['POST', `/api/v1/pair/requests/${request}/respond`, { response: 'later' }, pairOnly(403, 200)],
      ['POST', `/api/v1/pair/requests/${request}/complete`, { plan: 'Breathe' }, pairOnly(200, 403)],
      ['POST', `/api/v1/pair/requests/${request2}/respond`, { response: 'accept' }, pairOnly(200, 403)],
      ['POST', '/api/v1/pair/kudos', { text: 'Thank you' }, pairOnly(201, 201)],
      ['GET', '/api/v1/pair/kudos', undefined, pairOnly(200, 200)],
      ['GET', '/api/v1/pair/stress-plan', undefined, pairOnly(200, 200)],
      ['POST', '/api/v1/pair/stress-plan/accept', { version: 1 }, pairOnly(403, 200)],
      ['PUT', '/api/v1/pair/stress-plan', { steps }, pairOnly(201, 201)],
      ['PATCH', `/api/v1/goals/${privGoal}`, { done: true }, { a: 200, b: 404, stranger: 404 }],
      ['PATCH', `/api/v1/goals/${jointGoal}`, { done: true }, pairOnly(200, 200)],
      ['GET', `/api/v1/reviews?kind=weekly&periodStart=${WEEK}`, undefined, pairOnly(200, 200)],
      ['PUT', '/api/v1/reviews', { kind: 'weekly', periodStart: '2026-11-09', answers }, pairOnly(200, 200)],
      // During the check-in window, so the daily cap (used above) does not stand in the way.
      ['POST', '/api/v1/pair/requests', {}, pairOnly(201, 201)],
    ];
    at('2026-11-21T20:01:00.000Z');
    const clients = { a, b, stranger };
    for (const [method, url, body, who] of rows) {
      for (const name of ['stranger', 'b', 'a'] as const) {
        const r = await clients[name].request(method, url, body);
        expect(r.status, `${name} ${method} ${url}: ${JSON.stringify(r.body)}`).toBe(who[name]);
      }
      const anon = await h.app.inject({ method: method as 'GET', url, ...(body !== undefined && { payload: body as object }) });
      expect(anon.statusCode, `anonymous ${method} ${url}`).toBe(401);
    }
    // The stranger never sees the pair's goals, nor a count of them.
    expect((await stranger.request('GET', '/api/v1/goals')).body.items).toEqual([]);

    // After unlinking, both are former partners: every pair object is 404 (a keeps their own personal goal).
    expect((await b.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);
    for (const [method, url, body] of rows) {
      for (const [name, former] of [
        ['a', a],
        ['b', b],
      ] as const) {
        const own = name === 'a' && url.includes(privGoal);
        expect((await former.request(method, url, body)).status, `former ${name} ${method} ${url}`).toBe(own ? 200 : 404);
      }
    }
    // Even once b links with someone new, the old pair's objects stay out of reach.
    const other = await signup(h.app);
    const { code } = (await other.request('POST', '/api/v1/pair/invitations')).body;
    expect((await b.request('POST', '/api/v1/pair/join', { code })).status).toBe(201);
    for (const [method, url, body] of rows.filter(([, u]) => /[0-9a-f-]{36}|accept/.test(u))) {
      expect((await b.request(method, url, body)).status, `relinked b ${method} ${url}`).toBe(404);
    }
    expect((await b.request('GET', '/api/v1/pair/requests')).body.items).toEqual([]);
    expect((await b.request('GET', '/api/v1/pair/kudos')).body.items).toEqual([]);
    expect((await b.request('GET', '/api/v1/pair/stress-plan')).body.history).toEqual([]);
    expect((await b.request('GET', `/api/v1/reviews?kind=weekly&periodStart=${WEEK}`)).body.review.mine).toBeNull();
    expect((await b.request('GET', '/api/v1/goals')).body.items).toEqual([]);
    expect((await a.request('GET', '/api/v1/goals')).body.items.map((g: { id: string }) => g.id)).toEqual([privGoal]);
  });

  it('puts what each person wrote in the pair space in their own export, and only that', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    const req = (await a.request('POST', '/api/v1/pair/requests', { context: 'about the trip' })).body.request.id;
    await b.request('POST', `/api/v1/pair/requests/${req}/respond`, { response: 'decline', note: 'Not now, tonight' });
    await a.request('POST', `/api/v1/pair/requests/${req}/complete`, { plan: 'Journal it' });
    await b.request('POST', '/api/v1/pair/kudos', { text: 'You wrote a plan', category: 'used-the-plan' });
    await a.request('PUT', '/api/v1/pair/stress-plan', { steps });
    await a.request('POST', '/api/v1/goals', { title: 'Walk daily', scope: 'personal', weekStart: WEEK });
    const joint = (await b.request('POST', '/api/v1/goals', { title: 'Cook together', scope: 'joint', weekStart: WEEK })).body.goal.id;
    await a.request('PATCH', `/api/v1/goals/${joint}`, { note: 'Tuesday worked' });
    await a.request('PUT', '/api/v1/reviews', { kind: 'monthly', periodStart: '2026-11-01', answers });
    expect((await a.request('DELETE', '/api/v1/pair', { password: PASSWORD })).status).toBe(204);

    const ea = (await a.request('GET', '/api/v1/me/export')).body.pairSpace;
    expect(ea.requests).toHaveLength(1);
    expect(ea.requests[0]).toMatchObject({ context: 'about the trip', plan: 'Journal it', note: null });
    expect(ea.kudos).toEqual([]);
    expect(ea.stressPlans).toHaveLength(1);
    expect(ea.goals.map((g: { title: string }) => g.title)).toEqual(['Walk daily']);
    expect(ea.goalNotes.map((n: { text: string }) => n.text)).toEqual(['Tuesday worked']);
    expect(ea.reviews).toHaveLength(1);

    const eb = (await b.request('GET', '/api/v1/me/export')).body.pairSpace;
    expect(eb.requests[0]).toMatchObject({ note: 'Not now, tonight', context: null, plan: null, message: '' });
    expect(eb.kudos.map((k: { text: string }) => k.text)).toEqual(['You wrote a plan']);
    expect(eb.goals.map((g: { title: string }) => g.title)).toEqual(['Cook together']);
    expect(JSON.stringify(eb)).not.toContain('about the trip');
    expect(JSON.stringify(eb)).not.toContain('Walk daily');
  });

  it('shows crisis resources for worrying words without blocking the request', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a } = await linkedPair(h);
    const r = await a.request('POST', '/api/v1/pair/requests', { context: 'I want to kill myself' });
    expect(r.status).toBe(201);
    expect(r.body.safety.crisis).toBe(true);
    const long = await a.request('POST', '/api/v1/pair/requests', { context: 'x'.repeat(281) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].field).toBe('context');
  });
});
