import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SafetyPlanNewer, SafetyPlanResponse, SafetyPlanState } from '../../src/contracts/support/safety-plan.js';
import { SafetyPlansRepo } from '../../src/db/support/safety-plans.repo.js';
import { harness, PASSWORD, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const steps = {
  warningSigns: ['I stop replying to messages', '', 'I stop replying to messages'],
  copingAlone: ['A long shower', 'The breathing tool'],
  distractions: ['The library on Park Road'],
  helpers: [
    { name: 'Maya', phone: '+44 7700 900123' },
    { name: '', phone: '' },
  ],
  professionals: [{ name: 'Dr Okafor', phone: '020 7946 0000', note: 'Weekday mornings' }],
  saferSurroundings: ['Ask Maya to keep the spare pills'],
  reasonsForLiving: ['My niece Ada', 'Seeing the sea again'],
};

describe.each(dialects())('personal safety plan on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());
  const edited = (minutes = 0) => new Date(h.clock.now.getTime() - 60_000 + minutes * 60_000).toISOString();

  it('is null until saved, then saved whole with empty lines dropped, and read back the same', async () => {
    const me = await signup(h.app);
    const none = await me.request('GET', '/api/v1/safety-plan');
    expect(none.status).toBe(200);
    expect(SafetyPlanState.parse(none.body)).toEqual({ plan: null, safety: { crisis: false } });

    const put = await me.request('PUT', '/api/v1/safety-plan', { ...steps, editedAt: edited() });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const body = SafetyPlanResponse.parse(put.body);
    expect(body.safety).toEqual({ crisis: false });
    expect(body.plan).toMatchObject({
      warningSigns: ['I stop replying to messages'],
      helpers: [{ name: 'Maya', phone: '+44 7700 900123' }],
      version: 1,
      editedAt: edited(),
      updatedAt: h.clock.now.toISOString(),
    });
    expect((await me.request('GET', '/api/v1/safety-plan')).body).toEqual(put.body);

    h.clock.advance(60_000);
    const again = await me.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['My niece Ada'], editedAt: edited() });
    expect(again.body.plan).toMatchObject({ version: 2, reasonsForLiving: ['My niece Ada'] });
  });

  it('returns the crisis verdict on every text of the plan and saves it as written', async () => {
    const me = await signup(h.app);
    const put = await me.request('PUT', '/api/v1/safety-plan', {
      ...steps,
      warningSigns: ['When I start thinking I want to kill myself'],
      editedAt: edited(),
    });
    expect(put.status).toBe(200);
    expect(put.body.safety).toEqual({ crisis: true });
    expect(put.body.plan.warningSigns).toEqual(['When I start thinking I want to kill myself']);
    expect((await me.request('GET', '/api/v1/safety-plan')).body.safety).toEqual({ crisis: true });
    const inNote = await me.request('PUT', '/api/v1/safety-plan', {
      ...steps,
      professionals: [{ name: 'GP', phone: '', note: 'call if I want to end my life' }],
      editedAt: edited(1),
    });
    expect(inNote.body.safety).toEqual({ crisis: true });
  });

  it('keeps the newest edit: an older one from another device answers 409 with the saved plan', async () => {
    const me = await signup(h.app);
    const laptop = await me.request('PUT', '/api/v1/safety-plan', { ...steps, copingAlone: ['laptop edit'], editedAt: edited() });
    const phone = await me.request('PUT', '/api/v1/safety-plan', { ...steps, copingAlone: ['older phone edit'], editedAt: edited(-30) });
    expect(phone.status).toBe(409);
    const problem = SafetyPlanNewer.parse(phone.body);
    expect(problem.current).toEqual(laptop.body.plan);
    expect(phone.headers['content-type']).toMatch(/application\/problem\+json/);

    // The same edit sent twice (an offline retry) is taken again and changes nothing else.
    const retry = await me.request('PUT', '/api/v1/safety-plan', { ...steps, copingAlone: ['laptop edit'], editedAt: edited() });
    expect(retry.status).toBe(200);
    expect(retry.body.plan.copingAlone).toEqual(['laptop edit']);
    // Two tabs sending the one waiting edit as the connection returns: the version stays put.
    expect(retry.body.plan.version).toBe(laptop.body.plan.version);
    expect(retry.body.plan).toEqual(laptop.body.plan);

    // A device whose clock runs ahead is dated at arrival, so a later real edit still wins.
    const ahead = await me.request('PUT', '/api/v1/safety-plan', {
      ...steps,
      copingAlone: ['clock ahead'],
      editedAt: '2030-01-01T00:00:00.000Z',
    });
    expect(ahead.body.plan.editedAt).toBe(h.clock.now.toISOString());
    h.clock.advance(60_000);
    const later = await me.request('PUT', '/api/v1/safety-plan', { ...steps, copingAlone: ['later'], editedAt: h.clock.now.toISOString() });
    expect(later.status).toBe(200);
    expect(later.body.plan.copingAlone).toEqual(['later']);
  });

  it('is nobody else’s: the partner answers like a stranger, 404 on every path that could name it', async () => {
    const { a, b } = await linkedPair(h);
    const stranger = await signup(h.app);
    await a.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['only-mine-reason'], editedAt: edited() });
    for (const other of [b, stranger]) {
      const res = await other.request('GET', '/api/v1/safety-plan');
      expect(res.body).toEqual({ plan: null, safety: { crisis: false } });
      expect((await other.request('DELETE', '/api/v1/safety-plan')).status).toBe(404);
    }
    const strangers = await stranger.request('DELETE', '/api/v1/safety-plan');
    expect((await b.request('DELETE', '/api/v1/safety-plan')).body).toEqual(strangers.body);
    for (const url of ['/api/v1/pair/safety-plan', `/api/v1/safety-plan/${a.user.id}`, `/api/v1/pair/safety-plan/${a.user.id}`]) {
      for (const who of [b, stranger]) {
        const res = await who.request('GET', url);
        expect(res.status, url).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('only-mine');
      }
      expect((await b.request('PUT', url, { ...steps, editedAt: edited() })).status).toBe(404);
    }
    // The partner saving their own plan leaves Alex's alone.
    await b.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['theirs'], editedAt: edited() });
    expect((await a.request('GET', '/api/v1/safety-plan')).body.plan.reasonsForLiving).toEqual(['only-mine-reason']);
    expect(JSON.stringify((await b.request('GET', '/api/v1/pair')).body)).not.toContain('only-mine');
  });

  it('answers 401 without a session and 400 naming the field', async () => {
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const res = await h.app.inject({
        method,
        url: '/api/v1/safety-plan',
        ...(method === 'PUT' && { payload: { ...steps, editedAt: edited() } }),
      });
      expect(res.statusCode, method).toBe(401);
    }
    const me = await signup(h.app);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...steps, helpers: [{ name: 'Maya', phone: 'call me maybe' }], editedAt: edited() }, 'helpers.0.phone'],
      [{ ...steps, warningSigns: ['x'.repeat(281)], editedAt: edited() }, 'warningSigns.0'],
      [{ ...steps, reasonsForLiving: Array.from({ length: 13 }, (_, i) => `r${i}`), editedAt: edited() }, 'reasonsForLiving'],
      [{ ...steps, editedAt: 'yesterday' }, 'editedAt'],
      [{ ...steps }, 'editedAt'],
      [{ ...steps, editedAt: edited(), sharedWith: 'partner' }, ''],
      [{ ...steps, professionals: [{ name: 'GP', phone: '' }], editedAt: edited() }, 'professionals.0.note'],
    ];
    for (const [body, field] of cases) {
      const res = await me.request('PUT', '/api/v1/safety-plan', body);
      expect(res.status, field).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      if (field)
        expect(
          res.body.errors.map((e: { field: string }) => e.field),
          field,
        ).toContain(field);
    }
    expect((await me.request('GET', '/api/v1/safety-plan')).body.plan).toBeNull();
  });

  it('is in the export, is deleted on request, and goes with the account', async () => {
    const me = await signup(h.app);
    expect((await me.request('GET', '/api/v1/me/export')).body.safetyPlan).toBeNull();
    const saved = (await me.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['exported-reason'], editedAt: edited() }))
      .body;
    const other = await signup(h.app);
    await other.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['not-mine-reason'], editedAt: edited() });
    const exported = (await me.request('GET', '/api/v1/me/export')).body;
    expect(exported.safetyPlan).toEqual(saved.plan);
    expect(JSON.stringify(exported)).not.toContain('not-mine-reason');

    expect((await me.request('DELETE', '/api/v1/safety-plan')).status).toBe(204);
    expect((await me.request('GET', '/api/v1/safety-plan')).body.plan).toBeNull();
    expect((await me.request('DELETE', '/api/v1/safety-plan')).status).toBe(404);

    await me.request('PUT', '/api/v1/safety-plan', { ...steps, reasonsForLiving: ['gone-reason'], editedAt: edited() });
    expect((await me.request('DELETE', '/api/v1/me', { password: PASSWORD })).status).toBe(204);
    const rows = (await sql<{ user_id: string; steps: string }>`select user_id, steps from safety_plans`.execute(h.database.db)).rows;
    expect(rows.some((r) => r.user_id === me.user.id || r.steps.includes('gone-reason'))).toBe(false);
    expect(rows.some((r) => r.user_id === other.user.id)).toBe(true);
    expect(await new SafetyPlansRepo(h.database.db).get({ userId: me.user.id } as never)).toBeUndefined();
  });
});
