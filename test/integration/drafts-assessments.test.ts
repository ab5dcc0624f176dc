import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe.each(dialects())('pause before sending on %s', (kind) => {
  let h: Harness;
  let me: Client;
  let stranger: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    stranger = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('keeps a message through its cool-down, records an early decision, and counts what the pause changed', async () => {
    const created = await me.request('POST', '/api/v1/drafts', { text: 'Why are you ignoring me?', feeling: 'hurt' });
    expect(created.status).toBe(201);
    const draft = created.body.draft;
    expect(Date.parse(draft.availableAt) - Date.parse(draft.createdAt)).toBe(10 * 60_000);
    expect(draft).toMatchObject({ coolDownMinutes: 10, outcome: null, early: null, resolvedAt: null });

    h.clock.advance(3 * 60_000);
    const early = await me.request('POST', `/api/v1/drafts/${draft.id}/resolve`, { outcome: 'sent' });
    expect(early.body.draft).toMatchObject({ outcome: 'sent', early: true });
    expect((await me.request('POST', `/api/v1/drafts/${draft.id}/resolve`, { outcome: 'discarded' })).status).toBe(409);

    const waited = (
      await me.request('POST', '/api/v1/drafts', { text: 'We need to talk right now', feeling: 'anxious', coolDownMinutes: 20 })
    ).body.draft;
    h.clock.advance(20 * 60_000);
    expect((await me.request('POST', `/api/v1/drafts/${waited.id}/resolve`, { outcome: 'discarded' })).body.draft).toMatchObject({
      outcome: 'discarded',
      early: false,
    });
    await me.request('POST', '/api/v1/drafts', { text: 'Still deciding', feeling: 'lonely' });
    expect((await me.request('GET', '/api/v1/insights/drafts')).body).toEqual({
      total: 3,
      decided: 2,
      sent: 1,
      rewritten: 0,
      discarded: 1,
      early: 1,
      changed: 1,
    });
    expect((await me.request('GET', '/api/v1/drafts')).body.items).toHaveLength(3);
  });

  it('is private: a stranger or the partner gets 404, as for a missing id', async () => {
    const { a, b } = await linkedPair(h);
    const id = (await a.request('POST', '/api/v1/drafts', { text: 'private', feeling: 'sad' })).body.draft.id;
    for (const other of [b, stranger]) {
      for (const target of [id, MISSING]) {
        expect((await other.request('POST', `/api/v1/drafts/${target}/resolve`, { outcome: 'sent' })).status).toBe(404);
        expect((await other.request('DELETE', `/api/v1/drafts/${target}`)).status).toBe(404);
      }
      expect(JSON.stringify((await other.request('GET', '/api/v1/drafts')).body)).not.toContain(id);
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/drafts' })).statusCode).toBe(401);
    const bad = await a.request('POST', '/api/v1/drafts', { text: '', feeling: 'x', coolDownMinutes: 0 });
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['coolDownMinutes', 'text']);
  });
});

describe.each(dialects())('questionnaires on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
    // These results are weeks apart; a session left alone ends after a week unless chosen otherwise.
    expect((await me.request('PATCH', '/api/v1/me', { sessionIdle: '30d' })).status).toBe(200);
  });
  afterAll(async () => h.close());

  it('lists the five questionnaires with their sources', async () => {
    const items = (await me.request('GET', '/api/v1/instruments')).body.items;
    expect(items.map((i: any) => i.id)).toEqual(['phq9', 'gad7', 'ucla3', 'ecr-rs', 'csi4']);
    expect(items.every((i: any) => i.source.length > 20)).toBe(true);
  });

  it('scores PHQ-9, shows reliable change from the previous result, and flags item 9 whatever the total', async () => {
    const first = await me.request('POST', '/api/v1/assessments', { instrument: 'phq9', answers: [3, 3, 3, 3, 3, 0, 0, 0, 0] });
    expect(first.status).toBe(201);
    expect(first.body.assessment).toMatchObject({ total: 15, band: 'moderately severe', flags: [], change: null });
    expect(first.body.safety).toEqual({ crisis: false });
    h.clock.advance(14 * 86_400_000);
    const second = await me.request('POST', '/api/v1/assessments', { instrument: 'phq9', answers: [1, 1, 1, 1, 1, 0, 0, 0, 1] });
    expect(second.body.assessment).toMatchObject({
      total: 6,
      band: 'mild',
      flags: ['self-harm-thoughts'],
      change: { previousId: first.body.assessment.id, difference: { total: -9 }, reliable: 'improvement' },
    });
    expect(second.body.safety).toEqual({ crisis: true });
    const listed = (await me.request('GET', '/api/v1/assessments?instrument=phq9')).body.items;
    expect(listed.map((a: any) => a.total)).toEqual([6, 15]);
    expect(listed[0].change.reliable).toBe('improvement');
  });

  it('shows ECR-RS as two means and nothing else', async () => {
    const r = await me.request('POST', '/api/v1/assessments', { instrument: 'ecr-rs', answers: [7, 7, 7, 7, 1, 1, 7, 6, 5] });
    expect(r.body.assessment).toMatchObject({ total: null, band: null, subscales: { avoidance: 1, anxiety: 6 } });
  });

  it('names the question that is out of range, or the list when its length is wrong', async () => {
    const wrong = await me.request('POST', '/api/v1/assessments', { instrument: 'gad7', answers: [0, 0, 4, 0, 0, 0, -1] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: any) => e.field)).toEqual(['answers.2', 'answers.6']);
    const short = await me.request('POST', '/api/v1/assessments', { instrument: 'csi4', answers: [1, 2] });
    expect(short.body.errors).toEqual([{ field: 'answers', in: 'body', message: 'Answer all 4 questions (got 2)' }]);
    const unknown = await me.request('POST', '/api/v1/assessments', { instrument: 'mbti', answers: [] });
    expect(unknown.body.errors[0].field).toBe('instrument');
  });

  it('keeps results private and in the export', async () => {
    const { a, b } = await linkedPair(h);
    const id = (await a.request('POST', '/api/v1/assessments', { instrument: 'ucla3', answers: [3, 3, 3] })).body.assessment.id;
    expect((await b.request('GET', '/api/v1/assessments')).body.items).toEqual([]);
    expect((await b.request('DELETE', `/api/v1/assessments/${id}`)).status).toBe(404);
    expect((await a.request('GET', '/api/v1/me/export')).body.assessments.map((x: any) => x.id)).toEqual([id]);
    expect((await a.request('DELETE', `/api/v1/assessments/${id}`)).status).toBe(204);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/assessments', payload: {} })).statusCode).toBe(401);
  });
});
