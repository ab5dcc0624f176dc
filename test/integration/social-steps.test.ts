import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';
import { addPerson } from '../support/social.js';

const DAY = 86_400_000;
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Every id-bearing request answers 404 to `who`, exactly as it does for an id that does not exist. */
async function allNotFound(who: Client, calls: Array<[string, string, unknown?]>) {
  for (const [method, url, body] of calls) expect((await who.request(method, url, body)).status, `${method} ${url}`).toBe(404);
}

describe.each(dialects())('invitations, practices, disclosures and monthly reviews on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('tracks invitations from planned to an outcome, and summarises outcomes kindly by month', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const created = await me.request(
      'POST',
      '/api/v1/invitations',
      { idea: 'walk', text: 'A walk around the park', personId: person, plannedFor: '2026-11-28' },
      { 'idempotency-key': 'inv-1' },
    );
    expect(created.status).toBe(201);
    expect(created.body.invitation).toMatchObject({
      idea: 'walk',
      status: 'planned',
      personId: person,
      note: null,
      plannedFor: '2026-11-28',
    });
    expect(created.body.safety).toEqual({ crisis: false });
    const replay = await me.request(
      'POST',
      '/api/v1/invitations',
      { idea: 'walk', text: 'A walk around the park', personId: person, plannedFor: '2026-11-28' },
      { 'idempotency-key': 'inv-1' },
    );
    expect(replay.body.invitation.id).toBe(created.body.invitation.id);
    // The same key with other content is not that request again (bad-input.test.ts).
    const other = await me.request(
      'POST',
      '/api/v1/invitations',
      { idea: 'walk', text: 'A walk around the park' },
      { 'idempotency-key': 'inv-1' },
    );
    expect(other.status).toBe(422);
    const id = created.body.invitation.id;

    h.clock.advance(60_000);
    const sent = await me.request('PATCH', `/api/v1/invitations/${id}`, { status: 'sent' });
    expect(sent.body.invitation).toMatchObject({ status: 'sent', statusChangedAt: h.clock.now.toISOString() });
    const noted = await me.request('PATCH', `/api/v1/invitations/${id}`, { note: 'they said next week maybe' });
    expect(noted.body.invitation.statusChangedAt).toBe(sent.body.invitation.statusChangedAt);
    await me.request('PATCH', `/api/v1/invitations/${id}`, { status: 'declined' });
    for (const status of ['accepted', 'no-answer', 'accepted'])
      await me.request('POST', '/api/v1/invitations', { idea: 'call', text: 'A quick call', status });
    await me.request('POST', '/api/v1/invitations', { idea: 'other', text: 'Board games at mine' });

    const summary = await me.request('GET', '/api/v1/invitations/summary');
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      total: 5,
      byStatus: { planned: 1, sent: 0, accepted: 2, declined: 1, noAnswer: 1 },
      withOutcome: 4,
      acceptanceRate: 0.5,
      enoughData: true,
      months: [{ month: '2026-11', made: 5, accepted: 2, declined: 1, noAnswer: 1, acceptanceRate: 0.5 }],
    });
    expect(summary.body.note).toMatch(/timing and energy/);
    expect(summary.body.note).not.toMatch(/reject|fail/i);

    const page = await me.request('GET', '/api/v1/invitations?limit=2');
    expect(page.body.items).toHaveLength(2);
    const rest = await me.request('GET', `/api/v1/invitations?limit=10&cursor=${page.body.nextCursor}`);
    expect(rest.body.items).toHaveLength(3);
    expect((await me.request('GET', `/api/v1/invitations?personId=${person}`)).body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await me.request('GET', '/api/v1/invitations?status=accepted')).body.items).toHaveLength(2);

    // Someone else's person is not found, exactly like a missing one.
    const stranger = await signup(h.app);
    const theirs = await addPerson(h, stranger);
    expect((await me.request('POST', '/api/v1/invitations', { idea: 'meal', text: 'Tea', personId: theirs })).status).toBe(404);
    expect((await me.request('PATCH', `/api/v1/invitations/${id}`, { personId: theirs })).status).toBe(404);
    const bad = await me.request('POST', '/api/v1/invitations', { idea: 'party', text: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['idea', 'text']);
    expect((await me.request('PATCH', `/api/v1/invitations/${id}`, { status: 'ghosted' })).body.errors[0].field).toBe('status');
    const crisis = await me.request('POST', '/api/v1/invitations', { idea: 'other', text: 'A chat', note: 'I want to kill myself' });
    expect(crisis.body.safety).toEqual({ crisis: true });
    expect((await me.request('DELETE', `/api/v1/invitations/${id}`)).status).toBe(204);
    expect((await me.request('DELETE', `/api/v1/invitations/${id}`)).status).toBe(404);
  });

  it('counts practice days in the person’s own time zone, idempotently, with no streaks', async () => {
    // 10:00 UTC on 21 November is already 22 November in Auckland.
    const me = await signup(h.app, { timeZone: 'Pacific/Auckland' });
    const list0 = await me.request('GET', '/api/v1/practices');
    expect(list0.body.today).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(h.clock.now));
    expect(list0.body.suggestions.length).toBeGreaterThan(3);
    const today = list0.body.today as string;
    const created = await me.request('POST', '/api/v1/practices', { name: 'Say hello to a neighbour' });
    expect(created.status).toBe(201);
    const id = created.body.practice.id;
    expect(created.body.practice).toMatchObject({ archived: false, days: { last7: 0, last30: 0, allTime: 0 }, doneToday: false });

    const ticked = await me.request('PUT', `/api/v1/practices/${id}/days/${today}`);
    expect(ticked.status).toBe(200);
    expect((await me.request('PUT', `/api/v1/practices/${id}/days/${today}`)).body.practice.days).toEqual({
      last7: 1,
      last30: 1,
      allTime: 1,
    });
    const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);
    await me.request('PUT', `/api/v1/practices/${id}/days/${day(3)}`);
    await me.request('PUT', `/api/v1/practices/${id}/days/${day(10)}`);
    const last = await me.request('PUT', `/api/v1/practices/${id}/days/${day(100)}`);
    expect(last.body.practice).toMatchObject({
      days: { last7: 2, last30: 3, allTime: 4 },
      recentDays: [day(10), day(3), today],
      doneToday: true,
    });
    expect(JSON.stringify(last.body)).not.toMatch(/streak/i);
    const future = await me.request('PUT', `/api/v1/practices/${id}/days/${day(-1)}`);
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('day');
    expect((await me.request('PUT', `/api/v1/practices/${id}/days/2026-02-30`)).body.errors[0].field).toBe('day');
    expect((await me.request('DELETE', `/api/v1/practices/${id}/days/${day(3)}`)).body.practice.days.allTime).toBe(3);
    expect((await me.request('DELETE', `/api/v1/practices/${id}/days/${day(3)}`)).body.practice.days.allTime).toBe(3);

    const archived = await me.request('PATCH', `/api/v1/practices/${id}`, { name: 'Greet a neighbour', archived: true });
    expect(archived.body.practice).toMatchObject({ name: 'Greet a neighbour', archived: true, archivedAt: h.clock.now.toISOString() });
    expect((await me.request('GET', '/api/v1/practices')).body.items).toEqual([]);
    expect((await me.request('GET', '/api/v1/practices?archived=true')).body.items[0].days.allTime).toBe(3);
    expect((await me.request('PATCH', `/api/v1/practices/${id}`, { archived: false })).body.practice.archivedAt).toBeNull();
    expect((await me.request('POST', '/api/v1/practices', { name: ' ' })).body.errors[0].field).toBe('name');
    expect((await me.request('DELETE', `/api/v1/practices/${id}`)).status).toBe(204);
    expect((await me.request('PUT', `/api/v1/practices/${id}/days/${today}`)).status).toBe(404);
  });

  it('keeps a disclosure ladder per person with a progression and crisis-checked text', async () => {
    const me = await signup(h.app);
    const person = await addPerson(h, me);
    const steps = [
      { level: 'light', what: 'Talked about my week', comfort: 5 },
      {
        level: 'personal',
        what: 'Said I have been lonely since the move',
        comfort: 3,
        nextStepPlan: 'Tell them about the anxiety, over a walk',
      },
    ];
    for (const s of steps) {
      const r = await me.request('POST', `/api/v1/people/${person}/disclosures`, s);
      expect(r.status).toBe(201);
      expect(r.body.safety).toEqual({ crisis: false });
      h.clock.advance(1000);
    }
    const list = await me.request('GET', `/api/v1/people/${person}/disclosures`);
    expect(list.body.items.map((d: { level: string }) => d.level)).toEqual(['light', 'personal']);
    expect(list.body.progression).toEqual({
      steps: 2,
      highestLevel: 'personal',
      perLevel: { light: 1, personal: 1, vulnerable: 0 },
      meanComfort: 4,
      meanComfortPerLevel: { light: 5, personal: 3, vulnerable: null },
      nextStepPlan: 'Tell them about the anxiety, over a walk',
    });
    const id = list.body.items[1].id;
    const changed = await me.request('PATCH', `/api/v1/disclosures/${id}`, { comfort: 4, nextStepPlan: 'I want to die' });
    expect(changed.body.disclosure).toMatchObject({ comfort: 4, level: 'personal' });
    expect(changed.body.safety).toEqual({ crisis: true });
    const bad = await me.request('POST', `/api/v1/people/${person}/disclosures`, { level: 'deep', what: 'x', comfort: 6 });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['comfort', 'level']);
    expect((await me.request('DELETE', `/api/v1/disclosures/${id}`)).status).toBe(204);
    expect((await me.request('GET', `/api/v1/people/${person}/disclosures`)).body.progression.highestLevel).toBe('light');
  });

  it('keeps one review per month with UCLA-3 answers through the questionnaire engine, and a plain-words trend', async () => {
    const me = await signup(h.app);
    const empty = await me.request('GET', '/api/v1/social-reviews');
    expect(empty.body).toMatchObject({ items: [], trend: [], direction: { direction: null } });
    expect((await me.request('GET', '/api/v1/social-reviews/2026-10')).status).toBe(404);

    const oct = await me.request('PUT', '/api/v1/social-reviews/2026-10', { strengthened: 'Choir on Tuesdays', ucla3: [3, 3, 2] });
    expect(oct.status).toBe(200);
    expect(oct.body.review).toMatchObject({
      month: '2026-10',
      strengthened: 'Choir on Tuesdays',
      weakened: null,
      ucla3: { answers: [3, 3, 2], score: 8 },
    });
    h.clock.advance(1000);
    const nov = await me.request('PUT', '/api/v1/social-reviews/2026-11', { win: 'Asked a neighbour in for tea', ucla3: [2, 2, 2] });
    expect(nov.body.review.ucla3.score).toBe(6);
    // Leaving fields out keeps them; new answers replace the month's result instead of adding another.
    const again = await me.request('PUT', '/api/v1/social-reviews/2026-11', { adjust: 'Call Mum on Sundays', ucla3: [1, 2, 2] });
    expect(again.body.review).toMatchObject({ win: 'Asked a neighbour in for tea', adjust: 'Call Mum on Sundays', ucla3: { score: 5 } });
    const assessments = await me.request('GET', '/api/v1/assessments?instrument=ucla3');
    expect(assessments.body.items.map((a: { total: number }) => a.total)).toEqual([5, 8]);

    const list = await me.request('GET', '/api/v1/social-reviews');
    expect(list.body.items.map((r: { month: string }) => r.month)).toEqual(['2026-11', '2026-10']);
    expect(list.body.trend).toEqual([
      { month: '2026-10', score: 8 },
      { month: '2026-11', score: 5 },
    ]);
    expect(list.body.direction.direction).toBe('lower');
    expect(list.body.direction.note).not.toMatch(/lonely person|disorder|diagnos|severe/i);

    const cleared = await me.request('PUT', '/api/v1/social-reviews/2026-11', { win: '', ucla3: null });
    expect(cleared.body.review).toMatchObject({ win: null, ucla3: null, adjust: 'Call Mum on Sundays' });
    expect((await me.request('GET', '/api/v1/assessments?instrument=ucla3')).body.items).toHaveLength(1);

    const future = await me.request('PUT', '/api/v1/social-reviews/2026-12', { win: 'not yet' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('month');
    expect((await me.request('PUT', '/api/v1/social-reviews/2026-13', {})).body.errors[0].field).toBe('month');
    const badAnswers = await me.request('PUT', '/api/v1/social-reviews/2026-10', { ucla3: [1, 4, 2] });
    expect(badAnswers.status).toBe(400);
    expect(badAnswers.body.errors[0].field).toBe('ucla3.1');
    expect((await me.request('PUT', '/api/v1/social-reviews/2026-10', { ucla3: [1, 2] })).body.errors[0].field).toMatch(/^ucla3/);
    const crisis = await me.request('PUT', '/api/v1/social-reviews/2026-10', { weakened: 'I feel like ending it all' });
    expect(crisis.body.safety).toEqual({ crisis: true });
  });

  it('answers 401 to anonymous callers and 404 to strangers and the partner on every object id', async () => {
    const { a, b } = await linkedPair(h);
    const stranger = await signup(h.app);
    const person = await addPerson(h, a);
    const inv = (await a.request('POST', '/api/v1/invitations', { idea: 'walk', text: 'A walk', personId: person })).body.invitation.id;
    const practice = (await a.request('POST', '/api/v1/practices', { name: 'Thank someone' })).body.practice.id;
    const disclosure = (
      await a.request('POST', `/api/v1/people/${person}/disclosures`, { level: 'light', what: 'Weekend plans', comfort: 4 })
    ).body.disclosure.id;
    await a.request('PUT', '/api/v1/social-reviews/2026-11', { win: 'private win' });

    const calls = (ids: { person: string; inv: string; practice: string; disclosure: string }): Array<[string, string, unknown?]> => [
      ['PATCH', `/api/v1/invitations/${ids.inv}`, { status: 'sent' }],
      ['DELETE', `/api/v1/invitations/${ids.inv}`],
      ['PATCH', `/api/v1/practices/${ids.practice}`, { name: 'x' }],
      ['DELETE', `/api/v1/practices/${ids.practice}`],
      ['PUT', `/api/v1/practices/${ids.practice}/days/2026-11-20`],
      ['DELETE', `/api/v1/practices/${ids.practice}/days/2026-11-20`],
      ['GET', `/api/v1/people/${ids.person}/disclosures`],
      ['POST', `/api/v1/people/${ids.person}/disclosures`, { level: 'light', what: 'x', comfort: 3 }],
      ['PATCH', `/api/v1/disclosures/${ids.disclosure}`, { comfort: 1 }],
      ['DELETE', `/api/v1/disclosures/${ids.disclosure}`],
      ['POST', '/api/v1/invitations', { idea: 'walk', text: 'x', personId: ids.person }],
    ];
    for (const who of [b, stranger]) {
      await allNotFound(who, calls({ person, inv, practice, disclosure }));
      expect((await who.request('GET', '/api/v1/social-reviews/2026-11')).status).toBe(404);
      for (const url of ['/api/v1/invitations', '/api/v1/practices', '/api/v1/social-reviews'])
        expect(JSON.stringify((await who.request('GET', url)).body)).not.toMatch(new RegExp(`${inv}|${practice}|private win|A walk`));
    }
    await allNotFound(a, calls({ person: MISSING, inv: MISSING, practice: MISSING, disclosure: MISSING }));

    for (const [method, url] of [
      ['GET', '/api/v1/invitations'],
      ['GET', '/api/v1/invitations/summary'],
      ['PATCH', `/api/v1/invitations/${inv}`],
      ['GET', '/api/v1/practices'],
      ['PUT', `/api/v1/practices/${practice}/days/2026-11-20`],
      ['GET', `/api/v1/people/${person}/disclosures`],
      ['DELETE', `/api/v1/disclosures/${disclosure}`],
      ['GET', '/api/v1/social-reviews'],
      ['PUT', '/api/v1/social-reviews/2026-11'],
    ] as const)
      expect((await h.app.inject({ method, url, payload: method === 'GET' ? undefined : {} })).statusCode, url).toBe(401);
    expect((await a.request('PATCH', '/api/v1/invitations/nope', { status: 'sent' })).body.errors[0].field).toBe('id');
  });
});
