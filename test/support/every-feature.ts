import type { Client, Harness } from './api.js';
import { socialSteps } from './social.js';

const WEEK = '2026-11-16';

/** Fails loudly when a seeding call does not succeed, so a test never walks over missing data. */
async function ok(c: Client, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<any> {
  const r = await c.request(method, url, body, headers);
  if (r.status < 200 || r.status > 299) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * Something in every part of Steady for `a` (with `b` as a linked partner): journal and mood, the
 * reassurance loop, cycles, drafts, questionnaires, support, the pair's rhythm and support, the
 * social map and its steps, the safety plan. Text carries `mark`.
 */
export async function seedEveryFeature(h: Harness, a: Client, b: Client, mark: string): Promise<void> {
  await ok(a, 'POST', '/api/v1/journal', { text: `${mark} first entry`, mood: 6, tags: ['home'] });
  await ok(a, 'POST', '/api/v1/journal', { mood: 3 });
  await ok(a, 'POST', '/api/v1/journal', { text: `${mark} second entry`, tags: ['work', 'home'] }, { 'idempotency-key': `${mark}-j` });

  const urge = (
    await ok(a, 'POST', '/api/v1/urges', {
      occurredAt: '2026-11-19T02:30:00Z',
      intensity: 6,
      anxietyBefore: 7,
      triggers: [`${mark}-trigger`],
      wantedTo: `${mark}-ask`,
      action: 'delayed',
    })
  ).urge;
  await ok(a, 'POST', `/api/v1/urges/${urge.id}/follow-ups`, { minutesAfter: 30, anxiety: 3 });
  await ok(a, 'POST', '/api/v1/urges', {
    occurredAt: '2026-11-20T09:00:00Z',
    intensity: 3,
    anxietyBefore: 4,
    triggers: ['silence'],
    action: 'delayed',
  });
  await ok(a, 'POST', '/api/v1/tool-sessions', {
    tool: 'breathing',
    variant: `${mark}-v`,
    startedAt: '2026-11-19T02:35:00Z',
    durationSeconds: 300,
    distressBefore: 7,
    distressAfter: 4,
    urgeId: urge.id,
  });
  await ok(a, 'POST', '/api/v1/thought-records', {
    occurredAt: '2026-11-19T03:00:00Z',
    situation: `${mark}-situation`,
    automaticThought: 'They are pulling away',
    emotion: 'worry',
    emotionIntensity: 7,
    distortions: ['mind_reading'],
  });
  await ok(a, 'POST', '/api/v1/cycle-events', { occurredAt: '2026-11-20T21:00:00.000Z', stage: 'pursuit', actor: 'me', intensity: 6 });
  await ok(a, 'POST', '/api/v1/cycle-events', {
    occurredAt: '2026-11-20T22:00:00.000Z',
    stage: 'pursuit',
    actor: 'me',
    intensity: 4,
    shared: true,
    note: `${mark} moment`,
  });
  await ok(a, 'POST', '/api/v1/drafts', { text: `${mark} why are you quiet`, feeling: 'hurt' });
  await ok(a, 'POST', '/api/v1/assessments', { instrument: 'gad7', answers: [1, 2, 1, 0, 1, 0, 1] });
  await ok(a, 'POST', '/api/v1/support-resources', { name: `${mark} counselling`, kind: 'clinic', contact: '0123 456 789' });
  await ok(a, 'PUT', '/api/v1/safety-plan', {
    warningSigns: [`${mark} I stop replying`],
    copingAlone: ['A long shower'],
    distractions: ['The library'],
    helpers: [{ name: 'Maya', phone: '+44 7700 900123' }],
    professionals: [],
    saferSurroundings: [],
    reasonsForLiving: ['Seeing the sea again'],
    editedAt: h.clock.now.toISOString(),
  });

  await ok(b, 'PUT', '/api/v1/pair/agreement', {
    checkInRule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    checkInMinutes: 20,
    timeZone: 'Europe/London',
    dailyRequestCap: 3,
    requestTemplate: `Could we talk ${mark}?`,
    acknowledgmentTemplate: `I hear you ${mark}`,
  });
  await ok(a, 'POST', '/api/v1/pair/agreement/accept', { version: 1 });
  await ok(a, 'POST', '/api/v1/pair/kudos', { text: `Thanks ${mark}` });
  await ok(a, 'POST', '/api/v1/pair/topics', { text: `Topic ${mark}`, shared: true });
  await ok(a, 'POST', '/api/v1/pair/topics', { text: `Private topic ${mark}`, shared: false });
  const asked = (await ok(a, 'POST', '/api/v1/pair/requests', { context: `Context ${mark}` })).request.id;
  await ok(b, 'POST', `/api/v1/pair/requests/${asked}/respond`, { response: 'decline', note: 'Not tonight' });
  await ok(a, 'PUT', '/api/v1/pair/stress-plan', { steps: [{ notice: `notice ${mark}`, will: 'breathe', help: 'sit with me' }] });
  await ok(b, 'POST', '/api/v1/pair/stress-plan/accept', { version: 1 });
  await ok(a, 'POST', '/api/v1/goals', { title: `Goal ${mark}`, scope: 'personal', weekStart: WEEK });
  await ok(a, 'POST', '/api/v1/goals', { title: `Joint ${mark}`, scope: 'joint', weekStart: WEEK });
  await ok(a, 'PUT', '/api/v1/reviews', {
    kind: 'weekly',
    periodStart: WEEK,
    answers: [{ prompt: 'How was it?', text: `${mark} up and down` }],
  });
  const next = await ok(a, 'GET', '/api/v1/pair/check-ins/next');
  h.clock.advance(10 * 3_600_000);
  await ok(a, 'POST', `/api/v1/pair/check-ins/${next.id}/complete`, { notes: `Notes ${mark}`, discussedTopicIds: [] });

  const friend = (
    await ok(a, 'POST', '/api/v1/people', { name: `${mark}-friend`, contexts: ['friends', 'work'], closeness: 'close', rhythmDays: 14 })
  ).person;
  const card = (
    await ok(a, 'POST', '/api/v1/people/import', `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${mark}-card\r\nUID:${mark}-uid\r\nEND:VCARD\r\n`, {
      'content-type': 'text/vcard',
    })
  ).people[0];
  await ok(a, 'POST', '/api/v1/interactions', {
    personIds: [friend.id, card.personId],
    occurredAt: '2026-11-01T18:00:00Z',
    channel: 'in-person',
    initiatedBy: 'mutual',
    warmth: 5,
    support: 4,
    gave: `${mark}-gave`,
    topics: [`${mark}-topic`],
    reflection: `${mark}-reflection`,
  });
  await ok(a, 'POST', '/api/v1/interactions', {
    personIds: [friend.id],
    occurredAt: '2026-11-10T12:00:00Z',
    channel: 'call',
    initiatedBy: 'them',
    warmth: 4,
    support: 3,
  });
  await socialSteps(h, a, mark);
  await ok(a, 'PUT', '/api/v1/social-settings', { rhythmsInCalendar: true });
}
