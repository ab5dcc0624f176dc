import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapabilityLinkList } from '../../src/contracts/account/auth.js';
import { acknowledgmentPhrasingsIn, defaultTerms } from '../../src/core/pair/agreement.js';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

/*
 * What Steady itself says or offers comes in the language the screen asks for (the web sends its
 * chosen language as Accept-Language); what a person chose or wrote is kept and shown as written.
 */
const ES = { 'accept-language': 'es' };
const EN = { 'accept-language': 'en' };
const URGE = { occurredAt: '2026-11-21T09:50:00.000Z', intensity: 6, anxietyBefore: 7, triggers: [] };

describe.each(dialects())('Steady’s own words in the person’s language on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('drafts the default agreement and offers its phrasings in Spanish to a Spanish screen', async () => {
    const { a } = await linkedPair(h);
    const es = (await a.request('GET', '/api/v1/pair/agreement', undefined, ES)).body;
    expect(es.effective.requestTemplate).toBe(defaultTerms('Europe/London', 'es').requestTemplate);
    expect(es.acknowledgmentPhrasings).toEqual(acknowledgmentPhrasingsIn('es'));
    const en = (await a.request('GET', '/api/v1/pair/agreement', undefined, EN)).body;
    expect(en.acknowledgmentPhrasings).toEqual(acknowledgmentPhrasingsIn('en'));
    // No header at all (a script, the CLI): English, the source language.
    expect((await a.request('GET', '/api/v1/pair/agreement')).body.effective.requestTemplate).toBe(en.effective.requestTemplate);
  });

  it('keeps a request as its sender’s screen worded it, and a saved agreement as the pair wrote it', async () => {
    const { a, b } = await linkedPair(h);
    const overview = (await b.request('GET', '/api/v1/pair/requests', undefined, ES)).body;
    expect(overview.template).toBe(defaultTerms('Europe/London', 'es').requestTemplate);
    expect(overview.acknowledgments).toEqual([
      defaultTerms('Europe/London', 'es').acknowledgmentTemplate,
      ...acknowledgmentPhrasingsIn('es'),
    ]);

    const sent = await a.request('POST', '/api/v1/pair/requests', { context: 'la cena' }, ES);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    // The partner reads it in English on their screen, and sees the words as they were sent.
    const seen = (await b.request('GET', '/api/v1/pair/requests', undefined, EN)).body.items[0];
    expect(seen.message).toBe(`${defaultTerms('Europe/London', 'es').requestTemplate}\n\nla cena`);

    const terms = {
      checkInRule: 'FREQ=DAILY;BYHOUR=19;BYMINUTE=30',
      checkInMinutes: 20,
      timeZone: 'Europe/London',
      dailyRequestCap: 2,
      requestTemplate: 'Would you listen for five minutes?',
      acknowledgmentTemplate: 'I hear you.',
    };
    const proposed = await a.request('PUT', '/api/v1/pair/agreement', terms, EN);
    await b.request('POST', '/api/v1/pair/agreement/accept', { version: proposed.body.version }, ES);
    const read = (await b.request('GET', '/api/v1/pair/agreement', undefined, ES)).body;
    expect(read.effective).toMatchObject({ requestTemplate: terms.requestTemplate, acknowledgmentTemplate: terms.acknowledgmentTemplate });
    expect((await b.request('GET', '/api/v1/pair/requests', undefined, ES)).body.acknowledgments).toEqual([
      'I hear you.',
      ...acknowledgmentPhrasingsIn('es'),
    ]);
  });

  it('names a parked urge with no words of its own in the language it was parked in', async () => {
    const alone = await signup(h.app);
    const es = await alone.request('POST', '/api/v1/urges', { ...URGE, action: 'parked' }, ES);
    expect(es.status, JSON.stringify(es.body)).toBe(201);
    expect(es.body.parkedTopic.text).toBe('Algo por lo que quería pedir tranquilidad');
    const en = await alone.request('POST', '/api/v1/urges', { ...URGE, action: 'parked' }, EN);
    expect(en.body.parkedTopic.text).toBe('Something I wanted reassurance about');
    // What the person wanted to ask is their words, in whatever language they wrote it.
    const own = await alone.request('POST', '/api/v1/urges', { ...URGE, action: 'parked', wantedTo: 'Are we fine?' }, ES);
    expect(own.body.parkedTopic.text).toBe('Are we fine?');

    const { a } = await linkedPair(h);
    const logged = (await a.request('POST', '/api/v1/urges', { ...URGE, action: 'delayed' }, ES)).body.urge;
    const parked = await a.request('PATCH', `/api/v1/urges/${logged.id}`, { action: 'parked' }, ES);
    expect(parked.body.parkedTopic).toMatchObject({ place: 'check-in', text: 'Algo por lo que quería pedir tranquilidad' });
  });

  it('names capability links by kind and the person’s name, for the screen to word', async () => {
    const a = await signup(h.app);
    await a.request('POST', '/api/v1/calendar/token');
    const person = (await a.request('POST', '/api/v1/people', { name: 'Robin Ejemplo', closeness: 'close' })).body.person.id;
    await a.request('POST', `/api/v1/people/${person}/feedback-links`, {});
    const items = CapabilityLinkList.parse((await a.request('GET', '/api/v1/capability-links')).body).items;
    expect(items.map((i) => [i.kind, i.personName])).toEqual([
      ['calendar', null],
      ['feedback', 'Robin Ejemplo'],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/A question for|Your calendar feed/);
  });

  it('says its word on a finished check-in in Spanish to a Spanish screen', async () => {
    const { a, b } = await linkedPair(h);
    const next = (await a.request('GET', '/api/v1/pair/check-ins/next')).body;
    h.clock.advance(Date.parse(next.startsAt) - h.clock.now.getTime());
    const done = await b.request('POST', `/api/v1/pair/check-ins/${next.id}/complete`, { discussedTopicIds: [] }, ES);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.acknowledgment).toBe(
      'Habéis guardado vuestro rato juntos, y ese es el hábito que cuenta. No queda nada pendiente para la próxima vez.',
    );
  });
});
