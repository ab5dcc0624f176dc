import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const TERMS = {
  checkInRule: 'FREQ=DAILY;BYHOUR=19;BYMINUTE=30',
  checkInMinutes: 20,
  timeZone: 'America/New_York',
  dailyRequestCap: 2,
  requestTemplate: 'Would you have five minutes to listen, and then help me plan?',
  acknowledgmentTemplate: 'I hear you. What is your first step?',
};

function feedStarts(ics: string, n: number): string[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const it = new ICAL.Event(cal.getFirstSubcomponent('vevent')!).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe.each(dialects())('pair rhythm on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  describe('agreement', () => {
    it('starts from the defaults, is proposed by one and accepted by the other, with history for both', async () => {
      const { a, b } = await linkedPair(h);
      const first = (await a.request('GET', '/api/v1/pair/agreement')).body;
      expect(first.current).toBeNull();
      expect(first.effective).toMatchObject({
        checkInRule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
        checkInMinutes: 15,
        dailyRequestCap: 1,
        timeZone: 'Europe/London',
      });
      expect(first.acknowledgmentPhrasings.length).toBeGreaterThanOrEqual(3);

      const proposed = await a.request('PUT', '/api/v1/pair/agreement', {
        ...TERMS,
        checkInRule: 'rrule:freq=daily;byhour=19;byminute=30',
      });
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      expect(proposed.body).toEqual({ version: 1, status: 'proposed', safety: { crisis: false } });
      const own = await a.request('POST', '/api/v1/pair/agreement/accept', { version: 1 });
      expect(own.status).toBe(409);
      expect(own.body.type).toMatch(/agreement-own-proposal$/);
      const seen = (await b.request('GET', '/api/v1/pair/agreement')).body;
      expect(seen.pending).toMatchObject({ version: 1, status: 'proposed', proposedBy: a.user.id, terms: TERMS });
      const accepted = await b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 });
      expect(accepted.status).toBe(200);
      expect(accepted.body.current).toMatchObject({ version: 1, status: 'accepted', acceptedBy: b.user.id });
      // The pair's time zone follows the agreement.
      expect((await a.request('GET', '/api/v1/pair')).body.pair.timeZone).toBe('America/New_York');

      // Changes are new versions; a newer proposal replaces one still waiting; a stale accept is a clear 409.
      expect((await b.request('PUT', '/api/v1/pair/agreement', { ...TERMS, checkInMinutes: 30 })).body.version).toBe(2);
      expect((await a.request('PUT', '/api/v1/pair/agreement', { ...TERMS, checkInMinutes: 25 })).body.version).toBe(3);
      const stale = await a.request('POST', '/api/v1/pair/agreement/accept', { version: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ type: '/problems/agreement-version-stale', pendingVersion: 3 });
      expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: 3 })).status).toBe(200);
      expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: 3 })).status).toBe(409);
      const history = (await b.request('GET', '/api/v1/pair/agreement')).body;
      expect(history.history.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
        [3, 'accepted'],
        [2, 'replaced'],
        [1, 'superseded'],
      ]);
      expect(history.effective.checkInMinutes).toBe(25);
      expect(history.pending).toBeNull();
    });

    it('accepts exactly one of two racing accepts', async () => {
      const { a, b } = await linkedPair(h);
      await a.request('PUT', '/api/v1/pair/agreement', TERMS);
      const results = await Promise.all([1, 2].map(() => b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const rows = await h.database.db
        .selectFrom('pair_agreements')
        .select('status')
        .where('status', '=', 'accepted')
        .where('accepted_by', '=', b.user.id)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('names the field of a rule, zone or length it cannot use', async () => {
      const { a } = await linkedPair(h);
      for (const [patch, field] of [
        [{ checkInRule: 'FREQ=HOURLY' }, 'checkInRule'],
        [{ checkInRule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31' }, 'checkInRule'],
        [{ checkInRule: 'not a rule' }, 'checkInRule'],
        [{ checkInRule: 'FREQ=DAILY;UNTIL=20260301T000000Z' }, 'checkInRule'],
        [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
        [{ checkInMinutes: 0 }, 'checkInMinutes'],
        [{ requestTemplate: 'x'.repeat(501) }, 'requestTemplate'],
        [{ dailyRequestCap: -1 }, 'dailyRequestCap'],
      ] as const) {
        const res = await a.request('PUT', '/api/v1/pair/agreement', { ...TERMS, ...patch });
        expect(res.status, JSON.stringify(patch)).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });
  });

  describe('topics and check-ins', () => {
    it('keeps private topics private, fills both agendas with shared ones, and completes once', async () => {
      const { a, b } = await linkedPair(h);
      const shared = await a.request('POST', '/api/v1/pair/topics', { text: 'Plans for the holidays', shared: true });
      expect(shared.status).toBe(201);
      expect(shared.body).toMatchObject({ topic: { shared: true, mine: true, discussedAt: null }, safety: { crisis: false } });
      const mine = (await a.request('POST', '/api/v1/pair/topics', { text: 'Why I felt uneasy on Sunday', shared: false })).body.topic;
      const theirs = (await b.request('POST', '/api/v1/pair/topics', { text: 'Something only for me', shared: false })).body.topic;

      const bList = (await b.request('GET', '/api/v1/pair/topics')).body.items;
      expect(bList.map((t: { id: string }) => t.id).sort()).toEqual([shared.body.topic.id, theirs.id].sort());
      expect(bList.find((t: { id: string }) => t.id === shared.body.topic.id).mine).toBe(false);

      const nextA = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
      const nextB = (await b.request('GET', '/api/v1/pair/check-ins/next')).body;
      // Default rhythm: 20:00 in London, and the clock stands at 10:00 UTC on 21 November.
      expect(nextA).toMatchObject({ startsAt: '2026-11-21T20:00:00.000Z', endsAt: '2026-11-21T20:15:00.000Z', minutes: 15 });
      expect(nextB.id).toBe(nextA.id);
      expect(nextA.agenda.map((t: { id: string }) => t.id)).toEqual([shared.body.topic.id, mine.id]);
      expect(nextB.agenda.map((t: { id: string }) => t.id)).toEqual([shared.body.topic.id, theirs.id]);

      // B cannot name A's private topic: same answer as a topic that does not exist.
      const prying = await b.request('POST', `/api/v1/pair/check-ins/${nextA.id}/complete`, { discussedTopicIds: [mine.id] });
      expect(prying.status).toBe(404);

      // Thirteen hours early is not the check-in yet: a kind 422, not a completion.
      const early = await b.request('POST', `/api/v1/pair/check-ins/${nextA.id}/complete`, { discussedTopicIds: [] });
      expect(early.status).toBe(422);
      expect(early.headers['content-type']).toContain('application/problem+json');
      expect(early.body.detail).toContain('an hour before it starts');
      h.clock.advance(9 * 3_600_000);
      const done = await b.request('POST', `/api/v1/pair/check-ins/${nextA.id}/complete`, {
        notes: 'We agreed on two visits.',
        discussedTopicIds: [shared.body.topic.id],
        minutes: 17,
      });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body).toMatchObject({
        durationMinutes: 17,
        checkIn: { completedAt: h.clock.now.toISOString(), notes: 'We agreed on two visits.' },
      });
      expect(done.body.acknowledgment).toMatch(/together/);
      expect((await a.request('POST', `/api/v1/pair/check-ins/${nextA.id}/complete`, { discussedTopicIds: [] })).status).toBe(409);

      const after = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
      expect(after.startsAt).toBe('2026-11-22T20:00:00.000Z');
      expect(after.agenda.map((t: { id: string }) => t.id)).toEqual([mine.id]);
      const aTopics = (await a.request('GET', '/api/v1/pair/topics')).body.items;
      expect(aTopics.find((t: { id: string }) => t.id === shared.body.topic.id).discussedAt).toBe(h.clock.now.toISOString());
    });

    it('flags crisis language in a topic and refuses topics that are empty or too long', async () => {
      const { a } = await linkedPair(h);
      const crisis = await a.request('POST', '/api/v1/pair/topics', { text: 'I want to end my life', shared: false });
      expect(crisis.status).toBe(201);
      expect(crisis.body.safety.crisis).toBe(true);
      for (const text of ['   ', 'x'.repeat(1001)]) {
        const res = await a.request('POST', '/api/v1/pair/topics', { text, shared: true });
        expect(res.status).toBe(400);
        expect(res.body.errors[0].field).toBe('text');
      }
      expect((await a.request('POST', '/api/v1/pair/topics', { text: 'no shared flag' })).body.errors[0].field).toBe('shared');
    });
  });

  it('gives both members the same check-in id when they open it at the same moment', async () => {
    const { a, b } = await linkedPair(h);
    const seen = await Promise.all([a, b, a, b].map((c) => c.request('GET', '/api/v1/pair/check-ins/next')));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(seen.map((r) => r.body.id)).size).toBe(1);
  });

  it('tells both members of agreement changes, shared topics and check-ins, and nobody of a private topic', async () => {
    const { a, b } = await linkedPair(h);
    const heard: Record<string, string[]> = { a: [], b: [] };
    const offs = [
      h.app.events.subscribe(a.user.id, (e) => heard.a!.push(e.type)),
      h.app.events.subscribe(b.user.id, (e) => heard.b!.push(e.type)),
    ];
    await a.request('POST', '/api/v1/pair/topics', { text: 'only mine', shared: false });
    await a.request('PUT', '/api/v1/pair/agreement', TERMS);
    await b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 });
    await a.request('POST', '/api/v1/pair/topics', { text: 'ours', shared: true });
    const next = (await b.request('GET', '/api/v1/pair/check-ins/next')).body;
    h.clock.advance(10 * 3_600_000);
    await b.request('POST', `/api/v1/pair/check-ins/${next.id}/complete`, { discussedTopicIds: [] });
    for (const off of offs) off();
    const expected = ['agreement.proposed', 'agreement.accepted', 'topic.parked', 'checkin.completed'];
    expect(heard.a).toEqual(expected);
    expect(heard.b).toEqual(expected);
  });

  it('says kindly when a rhythm that ended has no check-in ahead', async () => {
    const { a, b } = await linkedPair(h);
    const until = new Date(h.clock.now.getTime() + 2 * 86_400_000).toISOString().replace(/[-:]|\.\d+/g, '');
    await a.request('PUT', '/api/v1/pair/agreement', { ...TERMS, checkInRule: `FREQ=DAILY;BYHOUR=20;UNTIL=${until}` });
    expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 })).status).toBe(200);
    expect((await a.request('GET', '/api/v1/pair/check-ins/next')).status).toBe(200);
    h.clock.advance(5 * 86_400_000);
    const none = await a.request('GET', '/api/v1/pair/check-ins/next');
    expect(none.status).toBe(404);
    expect(none.body.type).toBe('/problems/no-check-in-ahead');
  });

  describe('calendar', () => {
    it('serves the rhythm without a cookie, only by a live token, naming no topic', async () => {
      const { a, b } = await linkedPair(h);
      await a.request('PUT', '/api/v1/pair/agreement', TERMS);
      await b.request('POST', '/api/v1/pair/agreement/accept', { version: 1 });
      await a.request('POST', '/api/v1/pair/topics', { text: 'Secret-ish topic name', shared: true });
      const { url } = (await a.request('POST', '/api/v1/calendar/token')).body;
      expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
      const path = new URL(url).pathname;
      const res = await h.app.inject({ method: 'GET', url: path });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.body).not.toContain('Secret');
      expect(res.body).not.toContain('Sam');
      expect(res.body).toContain('RRULE:FREQ=DAILY;BYHOUR=19;BYMINUTE=30');
      expect(res.body).toContain('DTSTART;TZID=America/New_York:');
      const starts = feedStarts(res.body, 400);
      // 19:30 in New York: 00:30 UTC the next day in winter, 23:30 UTC in summer.
      expect(starts.filter((s) => s.startsWith('2027-03-13'))).toEqual(['2027-03-13T00:30:00.000Z']);
      // 14 March 2027 is the change: that UTC day holds the last winter one and the first summer one.
      expect(starts.filter((s) => s.startsWith('2027-03-14'))).toEqual(['2027-03-14T00:30:00.000Z', '2027-03-14T23:30:00.000Z']);
      // The token is stored only hashed.
      const stored = await h.database.db.selectFrom('calendar_tokens').select('token_hash').where('user_id', '=', a.user.id).execute();
      expect(stored).toHaveLength(1);
      expect(path).not.toContain(stored[0]!.token_hash);

      const rotated = (await a.request('POST', '/api/v1/calendar/token')).body.url;
      expect((await h.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      expect((await h.app.inject({ method: 'GET', url: new URL(rotated).pathname })).statusCode).toBe(200);
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' })).statusCode).toBe(404);
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/calendar/short.ics' })).statusCode).toBe(404);

      // After unlinking the feed stays valid but holds no check-ins.
      await a.request('DELETE', '/api/v1/pair', { password: PASSWORD });
      const empty = await h.app.inject({ method: 'GET', url: new URL(rotated).pathname });
      expect(empty.statusCode).toBe(200);
      expect(empty.body).not.toContain('VEVENT');
    });
  });

  it('authorization matrix: members 200/201, stranger and former partner 404, anonymous 401', async () => {
    const { a, b } = await linkedPair(h);
    const { a: former, b: formerPartner } = await linkedPair(h);
    await former.request('POST', '/api/v1/pair/topics', { text: 'old shared topic', shared: true });
    const oldCheckIn = (await former.request('GET', '/api/v1/pair/check-ins/next')).body;
    await formerPartner.request('DELETE', '/api/v1/pair', { password: PASSWORD });
    const stranger = await signup(h.app);
    const checkIn = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
    const privateOfA = (await a.request('POST', '/api/v1/pair/topics', { text: 'mine', shared: false })).body.topic;

    type Op = { method: string; url: string; body?: unknown; ok: number };
    const ops = (c: 'a' | 'b'): Op[] => [
      { method: 'GET', url: '/api/v1/pair/agreement', ok: 200 },
      { method: 'PUT', url: '/api/v1/pair/agreement', body: TERMS, ok: 201 },
      { method: 'GET', url: '/api/v1/pair/topics', ok: 200 },
      { method: 'POST', url: '/api/v1/pair/topics', body: { text: `from ${c}`, shared: true }, ok: 201 },
      { method: 'GET', url: '/api/v1/pair/check-ins/next', ok: 200 },
    ];
    for (const who of ['a', 'b'] as const) {
      const client = who === 'a' ? a : b;
      for (const op of ops(who))
        expect((await client.request(op.method, op.url, op.body)).status, `${who} ${op.method} ${op.url}`).toBe(op.ok);
    }
    const pending = (await a.request('GET', '/api/v1/pair/agreement')).body.pending.version;
    for (const [name, client] of [
      ['stranger', stranger],
      ['former partner', former],
    ] as const) {
      for (const op of [
        ...ops('a'),
        { method: 'POST', url: '/api/v1/pair/agreement/accept', body: { version: pending }, ok: 0 },
        { method: 'POST', url: `/api/v1/pair/check-ins/${checkIn.id}/complete`, body: { discussedTopicIds: [] }, ok: 0 },
        { method: 'POST', url: `/api/v1/pair/check-ins/${oldCheckIn.id}/complete`, body: { discussedTopicIds: [] }, ok: 0 },
      ]) {
        expect((await client.request(op.method, op.url, op.body)).status, `${name} ${op.method} ${op.url}`).toBe(404);
      }
    }
    // The partner cannot use A's private topic; B completing with it answers 404.
    expect((await b.request('POST', `/api/v1/pair/check-ins/${checkIn.id}/complete`, { discussedTopicIds: [privateOfA.id] })).status).toBe(
      404,
    );
    expect((await b.request('GET', '/api/v1/pair/topics')).body.items.some((t: { id: string }) => t.id === privateOfA.id)).toBe(false);
    // The last proposal was B's: only A can accept it.
    expect((await b.request('POST', '/api/v1/pair/agreement/accept', { version: pending })).status).toBe(409);
    expect((await a.request('POST', '/api/v1/pair/agreement/accept', { version: pending })).status).toBe(200);
    h.clock.advance(Date.parse(checkIn.startsAt) - 30 * 60_000 - h.clock.now.getTime());
    expect((await a.request('POST', `/api/v1/pair/check-ins/${checkIn.id}/complete`, { discussedTopicIds: [privateOfA.id] })).status).toBe(
      200,
    );

    for (const [method, url] of [
      ['GET', '/api/v1/pair/agreement'],
      ['PUT', '/api/v1/pair/agreement'],
      ['POST', '/api/v1/pair/agreement/accept'],
      ['GET', '/api/v1/pair/topics'],
      ['POST', '/api/v1/pair/topics'],
      ['GET', '/api/v1/pair/check-ins/next'],
      ['POST', `/api/v1/pair/check-ins/${checkIn.id}/complete`],
      ['POST', '/api/v1/calendar/token'],
    ] as const) {
      expect((await h.app.inject({ method, url, payload: method === 'GET' ? undefined : {} })).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('puts what each person wrote in the pair space in their own export', async () => {
    const { a, b } = await linkedPair(h);
    await a.request('POST', '/api/v1/pair/topics', { text: 'A private note', shared: false });
    await b.request('POST', '/api/v1/pair/topics', { text: 'B shared note', shared: true });
    await a.request('PUT', '/api/v1/pair/agreement', TERMS);
    await a.request('DELETE', '/api/v1/pair', { password: PASSWORD });
    const ea = (await a.request('GET', '/api/v1/me/export')).body;
    const eb = (await b.request('GET', '/api/v1/me/export')).body;
    expect(ea.pairTopics.map((t: { text: string }) => t.text)).toEqual(['A private note']);
    expect(eb.pairTopics.map((t: { text: string }) => t.text)).toEqual(['B shared note']);
    expect(ea.pairAgreements).toHaveLength(1);
    expect(eb.pairAgreements).toHaveLength(0);
    // Deleting an account takes its topics with it and leaves the other's rows intact.
    const c = (await linkedPair(h)).a;
    await c.request('PUT', '/api/v1/pair/agreement', TERMS);
    await c.request('POST', '/api/v1/pair/topics', { text: 'gone with me', shared: true });
    await c.request('POST', '/api/v1/calendar/token');
    expect((await c.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    expect(await h.database.db.selectFrom('pair_topics').where('author_id', '=', c.user.id).select('id').execute()).toEqual([]);
    expect((await b.request('GET', '/api/v1/me/export')).body.pairTopics).toHaveLength(1);
  });
});
