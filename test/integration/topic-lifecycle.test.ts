import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReflectionTopicList, ReflectionTopicResponse, TopicList, TopicResponse } from '../../src/contracts/pair/topics.js';
import { UrgeResponse } from '../../src/contracts/reassurance/urges.js';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const URGE = { occurredAt: '2026-11-21T09:50:00.000Z', intensity: 6, anxietyBefore: 7, triggers: ['late reply'] };
const MISSING = '00000000-0000-4000-8000-000000000000';

const idsOf = (items: Array<{ id: string }>) => items.map((t) => t.id);
async function listIds(c: Client): Promise<string[]> {
  return idsOf(TopicList.parse((await c.request('GET', '/api/v1/pair/topics')).body).items);
}
async function agendaIds(c: Client): Promise<string[]> {
  return idsOf((await c.request('GET', '/api/v1/pair/check-ins/next')).body.agenda);
}

describe.each(dialects())('topic lifecycle on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  describe('a topic’s author rewords, unshares and deletes it', () => {
    it('takes an unshared topic off the partner’s list and agenda, and tells both screens', async () => {
      const { a, b } = await linkedPair(h);
      const topic = TopicResponse.parse(
        (await a.request('POST', '/api/v1/pair/topics', { text: 'Plans for Sunday', shared: true })).body,
      ).topic;
      expect(await listIds(b)).toContain(topic.id);
      expect(await agendaIds(b)).toContain(topic.id);

      const heard: Record<'a' | 'b', string[]> = { a: [], b: [] };
      const offs = [
        h.app.events.subscribe(a.user.id, (e) => heard.a.push(`${e.type} ${e.id}`)),
        h.app.events.subscribe(b.user.id, (e) => heard.b.push(`${e.type} ${e.id}`)),
      ];
      const reworded = await a.request('PATCH', `/api/v1/pair/topics/${topic.id}`, { text: 'Plans for the weekend' });
      expect(reworded.status).toBe(200);
      expect(TopicResponse.parse(reworded.body).topic).toMatchObject({ text: 'Plans for the weekend', shared: true, mine: true });
      expect((await b.request('GET', '/api/v1/pair/topics')).body.items.find((t: { id: string }) => t.id === topic.id).text).toBe(
        'Plans for the weekend',
      );

      const unshared = await a.request('PATCH', `/api/v1/pair/topics/${topic.id}`, { shared: false });
      expect(unshared.body.topic.shared).toBe(false);
      expect(await listIds(b)).not.toContain(topic.id);
      expect(await agendaIds(b)).not.toContain(topic.id);
      // Still on the author's own agenda, as a private topic.
      expect(await agendaIds(a)).toContain(topic.id);
      // Now private: the partner is answered exactly like a stranger.
      const partnerTry = await b.request('PATCH', `/api/v1/pair/topics/${topic.id}`, { shared: true });
      expect(partnerTry.status).toBe(404);
      expect(partnerTry.body).toEqual((await b.request('PATCH', `/api/v1/pair/topics/${MISSING}`, { shared: true })).body);

      expect((await a.request('DELETE', `/api/v1/pair/topics/${topic.id}`)).status).toBe(204);
      expect(await listIds(a)).not.toContain(topic.id);
      expect(await agendaIds(a)).not.toContain(topic.id);
      expect((await a.request('DELETE', `/api/v1/pair/topics/${topic.id}`)).status).toBe(404);
      for (const off of offs) off();
      // Reworded and unshared concern both; the delete of a topic already private concerns only its author.
      expect(heard.b).toEqual([`topic.changed ${topic.id}`, `topic.changed ${topic.id}`]);
      expect(heard.a).toEqual([`topic.changed ${topic.id}`, `topic.changed ${topic.id}`, `topic.changed ${topic.id}`]);
    });

    it('deleting a shared topic removes it from the partner’s agenda and tells them', async () => {
      const { a, b } = await linkedPair(h);
      const topic = (await b.request('POST', '/api/v1/pair/topics', { text: 'The holiday budget', shared: true })).body.topic;
      const heard: string[] = [];
      const off = h.app.events.subscribe(a.user.id, (e) => heard.push(e.type));
      // The partner may see it but not delete it.
      expect((await a.request('DELETE', `/api/v1/pair/topics/${topic.id}`)).status).toBe(404);
      expect((await a.request('PATCH', `/api/v1/pair/topics/${topic.id}`, { text: 'mine now' })).status).toBe(404);
      expect((await b.request('DELETE', `/api/v1/pair/topics/${topic.id}`)).status).toBe(204);
      off();
      expect(heard).toEqual(['topic.changed']);
      expect(await agendaIds(a)).not.toContain(topic.id);
    });

    it('answers a stranger, a former partner and a missing id alike, and anonymous with 401', async () => {
      const { a, b } = await linkedPair(h);
      const shared = (await a.request('POST', '/api/v1/pair/topics', { text: 'Ours before we parted', shared: true })).body.topic;
      const mine = (await a.request('POST', '/api/v1/pair/topics', { text: 'Only mine', shared: false })).body.topic;
      const stranger = await signup(h.app);
      for (const id of [shared.id, mine.id]) {
        for (const c of [stranger, b]) {
          if (c === b && id === shared.id) continue;
          expect((await c.request('PATCH', `/api/v1/pair/topics/${id}`, { text: 'x' })).status).toBe(404);
          expect((await c.request('DELETE', `/api/v1/pair/topics/${id}`)).status).toBe(404);
        }
        expect((await h.app.inject({ method: 'PATCH', url: `/api/v1/pair/topics/${id}`, payload: { text: 'x' } })).statusCode).toBe(401);
        expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/pair/topics/${id}` })).statusCode).toBe(401);
      }

      // A links with someone new: the old pair's shared topic never reaches the next partner, nor can A change it from there.
      await b.request('DELETE', '/api/v1/pair', { password: PASSWORD });
      const next = await signup(h.app);
      const code = (await a.request('POST', '/api/v1/pair/invitations')).body.code;
      expect((await next.request('POST', '/api/v1/pair/join', { code })).status).toBe(201);
      expect(await listIds(next)).not.toContain(shared.id);
      expect(await agendaIds(next)).not.toContain(shared.id);
      expect((await a.request('PATCH', `/api/v1/pair/topics/${shared.id}`, { shared: true })).status).toBe(404);
      expect(await listIds(next)).not.toContain(shared.id);
    });

    it('names the field it cannot use and keeps the crisis verdict', async () => {
      const { a } = await linkedPair(h);
      const topic = (await a.request('POST', '/api/v1/pair/topics', { text: 'Something', shared: false })).body.topic;
      for (const [body, field] of [
        [{ text: '   ' }, 'text'],
        [{ text: 'x'.repeat(1001) }, 'text'],
        [{ shared: 'yes' }, 'shared'],
        [{}, 'text'],
      ] as const) {
        const res = await a.request('PATCH', `/api/v1/pair/topics/${topic.id}`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await a.request('PATCH', '/api/v1/pair/topics/not-an-id', { text: 'x' })).body.errors[0].field).toBe('id');
      const crisis = await a.request('PATCH', `/api/v1/pair/topics/${topic.id}`, { text: 'I want to end my life' });
      expect(crisis.body.safety.crisis).toBe(true);
    });
  });

  describe('parking an urge', () => {
    it('in a pair: puts a private topic on the author’s agenda only, in the same write', async () => {
      const { a, b } = await linkedPair(h);
      const res = await a.request('POST', '/api/v1/urges', { ...URGE, wantedTo: 'Are we still fine?', action: 'parked' });
      expect(res.status).toBe(201);
      const parked = UrgeResponse.parse(res.body).parkedTopic!;
      expect(parked).toMatchObject({ place: 'check-in', text: 'Are we still fine?', shared: false });
      expect(await agendaIds(a)).toContain(parked.id);
      expect(await agendaIds(b)).not.toContain(parked.id);
      // Sharing it afterwards puts it on the partner's agenda.
      await a.request('PATCH', `/api/v1/pair/topics/${parked.id}`, { shared: true });
      expect(await agendaIds(b)).toContain(parked.id);
    });

    it('in a pair: the wording and sharing chosen while parking are used, and the partner is told of a shared one', async () => {
      const { a, b } = await linkedPair(h);
      const heard: string[] = [];
      const off = h.app.events.subscribe(b.user.id, (e) => heard.push(e.type));
      const logged = (await a.request('POST', '/api/v1/urges', { ...URGE, action: 'delayed' })).body.urge;
      expect((await a.request('PATCH', `/api/v1/urges/${logged.id}`, { note: 'still waiting' })).body.parkedTopic).toBeUndefined();
      const res = await a.request('PATCH', `/api/v1/urges/${logged.id}`, {
        action: 'parked',
        park: { text: 'How we plan evenings', shared: true },
      });
      expect(res.status).toBe(200);
      expect(res.body.parkedTopic).toMatchObject({ place: 'check-in', text: 'How we plan evenings', shared: true });
      expect(await agendaIds(b)).toContain(res.body.parkedTopic.id);
      off();
      expect(heard).toEqual(['topic.parked']);
      // Editing an urge that is parked already makes no second topic.
      expect((await a.request('PATCH', `/api/v1/urges/${logged.id}`, { action: 'parked', note: 'done' })).body.parkedTopic).toBeUndefined();
      expect((await listIds(a)).filter((id) => id === res.body.parkedTopic.id)).toHaveLength(1);
      expect(await listIds(a)).toHaveLength(1);
    });

    it('alone: keeps the topic on the person’s own reflection list, which only they can change', async () => {
      const solo = await signup(h.app);
      const other = await signup(h.app);
      const res = await solo.request('POST', '/api/v1/urges', { ...URGE, action: 'parked' });
      expect(res.status).toBe(201);
      const parked = UrgeResponse.parse(res.body).parkedTopic!;
      expect(parked).toMatchObject({ place: 'reflection', text: 'Something I wanted reassurance about', shared: false });
      const list = ReflectionTopicList.parse((await solo.request('GET', '/api/v1/reflection-topics')).body).items;
      expect(idsOf(list)).toEqual([parked.id]);
      expect((await other.request('GET', '/api/v1/reflection-topics')).body.items).toEqual([]);

      const reworded = await solo.request('PATCH', `/api/v1/reflection-topics/${parked.id}`, { text: 'Why silence scares me' });
      expect(ReflectionTopicResponse.parse(reworded.body).topic.text).toBe('Why silence scares me');
      expect((await solo.request('PATCH', `/api/v1/reflection-topics/${parked.id}`, { text: ' ' })).body.errors[0].field).toBe('text');
      expect((await other.request('PATCH', `/api/v1/reflection-topics/${parked.id}`, { text: 'x' })).status).toBe(404);
      expect((await other.request('DELETE', `/api/v1/reflection-topics/${parked.id}`)).status).toBe(404);
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/reflection-topics' })).statusCode).toBe(401);
      expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/reflection-topics/${parked.id}` })).statusCode).toBe(401);
      expect((await solo.request('GET', '/api/v1/me/export')).body.reflectionTopics.map((t: { text: string }) => t.text)).toEqual([
        'Why silence scares me',
      ]);

      // Linking later does not carry the list to the partner.
      const partner = await signup(h.app);
      const code = (await solo.request('POST', '/api/v1/pair/invitations')).body.code;
      await partner.request('POST', '/api/v1/pair/join', { code });
      expect(await listIds(partner)).toEqual([]);

      expect((await solo.request('DELETE', `/api/v1/reflection-topics/${parked.id}`)).status).toBe(204);
      expect((await solo.request('GET', '/api/v1/reflection-topics')).body.items).toEqual([]);
    });
  });
});

describe.each(dialects())('parking an urge is one transaction on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('writes neither the urge nor its topic when the topic cannot be written', async () => {
    const solo = await signup(h.app);
    const { a } = await linkedPair(h);
    const waiting = (await a.request('POST', '/api/v1/urges', { ...URGE, action: 'delayed' })).body.urge;
    // Both topic tables gone: any topic insert now fails after the urge write in the same transaction.
    await h.database.db.schema.dropTable('reflection_topics').execute();
    await h.database.db.schema.dropTable('pair_topics').execute();

    const created = await solo.request('POST', '/api/v1/urges', { ...URGE, action: 'parked' });
    expect(created.status).toBe(500);
    expect((await solo.request('GET', '/api/v1/urges')).body.items).toEqual([]);

    const updated = await a.request('PATCH', `/api/v1/urges/${waiting.id}`, { action: 'parked' });
    expect(updated.status).toBe(500);
    expect((await a.request('GET', `/api/v1/urges/${waiting.id}`)).body.urge.action).toBe('delayed');
  });
});
