import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';

describe.each(dialects())('summary to bring on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app, { displayName: 'Robin <script>' });
    for (const [hour, stage] of [
      [1, 'pursuit'],
      [2, 'withdrawal'],
      [3, 'reconnection'],
    ] as const) {
      await me.request('POST', '/api/v1/cycle-events', { occurredAt: `2026-11-10T0${hour}:00:00.000Z`, stage, actor: 'me', intensity: 7 });
    }
    await me.request('POST', '/api/v1/urges', {
      occurredAt: '2026-11-10T20:00:00.000Z',
      intensity: 6,
      anxietyBefore: 7,
      triggers: ['<b>no reply</b>'],
      action: 'delayed',
    });
    await me.request('POST', '/api/v1/assessments', { instrument: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1] });
    h.clock.advance(60_000);
  });
  afterAll(async () => h.close());

  const get = (qs: string) => h.app.inject({ method: 'GET', url: `/api/v1/summary?${qs}`, headers: { cookie: me.cookie } });

  it('holds only the sections picked, as a page that can be printed', async () => {
    const r = await get('sections=cycles,assessments');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toContain('Pursue–withdraw cycles');
    expect(r.body).toContain('1 complete cycle');
    expect(r.body).toContain('Generalized Anxiety Disorder-7');
    expect(r.body).toContain('screenings, not diagnoses');
    expect(r.body).toContain('Spitzer RL');
    expect(r.body).not.toContain('Urges to seek reassurance');
    expect(r.body).not.toContain('no reply');
  });

  it('escapes what the person wrote, and narrows to the period', async () => {
    const urges = await get('sections=urges');
    expect(urges.body).toContain('&lt;b&gt;no reply&lt;/b&gt;');
    expect(urges.body).toContain('Robin &lt;script&gt;');
    expect(urges.body).not.toContain('<script>');
    const before = await get('sections=cycles,urges&to=2026-11-01T00:00:00Z');
    expect(before.body).toContain('0 complete cycles');
    expect(before.body).toContain('0 urges logged');
  });

  it('lists the goals of the period with their progress, only when picked', async () => {
    const week = '2026-11-16';
    const goal = (await me.request('POST', '/api/v1/goals', { title: 'One pause <before> texting', scope: 'personal', weekStart: week }))
      .body.goal;
    await me.request('PATCH', `/api/v1/goals/${goal.id}`, { note: 'Managed it on Tuesday' });
    const withGoals = await get('sections=goals');
    expect(withGoals.body).toContain('One pause &lt;before&gt; texting');
    expect(withGoals.body).toContain('Managed it on Tuesday');
    expect((await get('sections=cycles')).body).not.toContain('One pause');
    expect((await get('sections=goals&to=2026-11-01T00:00:00Z')).body).toContain('No goals in this period.');
  });

  it('shows the weekly ratings from the reflection alone, never its words, only when picked', async () => {
    const week = '2026-11-16';
    const saved = await me.request('PUT', `/api/v1/weekly-reflections/${week}`, {
      answers: [{ prompt: 'What felt hard?', text: 'Sunday evening alone' }],
      checks: { drained: 8, secure: 3 },
    });
    expect(saved.status).toBe(200);
    const withWeeks = await get('sections=weeks');
    expect(withWeeks.body).toContain('How the weeks felt');
    expect(withWeeks.body).toContain(`<tr><td>${week}</td><td>8</td><td>3</td></tr>`);
    expect(withWeeks.body).not.toContain('Sunday evening alone');
    expect((await get('sections=goals')).body).not.toContain('How the weeks felt');
    expect((await get('sections=weeks&to=2026-11-01T00:00:00Z')).body).toContain('No weekly ratings in this period.');
    expect((await get('sections=weeks&locale=es')).body).toContain('Cómo se sintieron las semanas');
  });

  it('is written in the language the app sends, else the browser’s, with the person’s words still escaped', async () => {
    const es = await get('sections=cycles,urges,goals&locale=es');
    expect(es.statusCode).toBe(200);
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toContain('1 ciclo completo');
    expect(es.body).toContain('1 impulso anotado');
    expect(es.body).toContain('&lt;b&gt;no reply&lt;/b&gt;: una vez');
    expect(es.body).toContain('Para Robin &lt;script&gt;');
    expect(es.body).not.toMatch(/complete cycle|Urges to seek|Print or save/);
    const browser = await h.app.inject({
      method: 'GET',
      url: '/api/v1/summary?sections=cycles',
      headers: { cookie: me.cookie, 'accept-language': 'es-AR,es;q=0.9' },
    });
    expect(browser.body).toContain('Ciclos de buscar y apartarse');
    const chosen = await h.app.inject({
      method: 'GET',
      url: '/api/v1/summary?sections=cycles&locale=en',
      headers: { cookie: me.cookie, 'accept-language': 'es' },
    });
    expect(chosen.body).toContain('Pursue–withdraw cycles');
    const bad = await get('sections=cycles&locale=fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('locale');
  });

  it('refuses an unknown section naming the field, and anonymous callers', async () => {
    const bad = await get('sections=cycles,diary');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/^sections/);
    expect((await get('')).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/summary?sections=cycles' })).statusCode).toBe(401);
  });
});
