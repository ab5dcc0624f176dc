import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const DAY = 86_400_000;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/vcard/${name}`, import.meta.url), 'utf8');
const vcard = (c: Client, text: string, type = 'text/vcard') => c.request('POST', '/api/v1/people/import', text, { 'content-type': type });

async function addPerson(c: Client, body: Record<string, unknown> = {}) {
  const r = await c.request('POST', '/api/v1/people', { name: 'Ana', closeness: 'close', ...body });
  expect(r.status).toBe(201);
  return r.body.person;
}

function log(c: Client, personIds: string[], body: Record<string, unknown> = {}) {
  return c.request('POST', '/api/v1/interactions', {
    personIds,
    occurredAt: '2026-11-20T18:00:00Z',
    channel: 'call',
    initiatedBy: 'me',
    warmth: 4,
    support: 3,
    ...body,
  });
}

describe.each(dialects())('the social map on %s', (kind) => {
  let h: Harness;
  let me: Client;
  beforeAll(async () => {
    h = await harness(kind);
    me = await signup(h.app);
  });
  afterAll(async () => h.close());

  it('adds, lists, edits, snoozes and removes people', async () => {
    const c = await signup(h.app);
    const ana = await addPerson(c, { name: '  Ana  Lima ', contexts: ['work', 'family'], rhythmDays: 7, notes: 'Sister-in-law' });
    expect(ana).toMatchObject({
      name: 'Ana  Lima',
      contexts: ['family', 'work'],
      closeness: 'close',
      rhythmDays: 7,
      notes: 'Sister-in-law',
      snoozedUntil: null,
      lastContactAt: null,
    });
    h.clock.advance(1000);
    const bo = await addPerson(c, { name: 'Bo', closeness: 'casual' });
    expect(bo).toMatchObject({ contexts: [], rhythmDays: null, notes: null });
    expect((await c.request('GET', `/api/v1/people/${ana.id}`)).body).toEqual({ person: ana, safety: { crisis: false } });
    // Notes are free text too: the crisis check reads them, and nothing is refused or lost.
    const worried = await c.request('PATCH', `/api/v1/people/${bo.id}`, { notes: 'Since we fell out I just want to disappear forever' });
    expect(worried.body).toMatchObject({
      person: { notes: 'Since we fell out I just want to disappear forever' },
      safety: { crisis: true },
    });
    await c.request('PATCH', `/api/v1/people/${bo.id}`, { notes: null });

    expect((await c.request('GET', '/api/v1/people')).body.items.map((p: any) => p.name)).toEqual(['Bo', 'Ana  Lima']);
    expect((await c.request('GET', '/api/v1/people?context=family')).body.items.map((p: any) => p.id)).toEqual([ana.id]);
    expect((await c.request('GET', '/api/v1/people?closeness=casual')).body.items.map((p: any) => p.id)).toEqual([bo.id]);
    const first = (await c.request('GET', '/api/v1/people?limit=1')).body;
    expect(first.items.map((p: any) => p.id)).toEqual([bo.id]);
    expect((await c.request('GET', `/api/v1/people?limit=1&cursor=${first.nextCursor}`)).body).toMatchObject({
      items: [{ id: ana.id }],
      nextCursor: null,
    });

    h.clock.advance(1000);
    const edited = await c.request('PATCH', `/api/v1/people/${ana.id}`, {
      contexts: ['friends'],
      rhythmDays: null,
      notes: null,
      snoozedUntil: '2026-12-01T09:00:00+01:00',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.person).toMatchObject({
      name: 'Ana  Lima',
      contexts: ['friends'],
      rhythmDays: null,
      notes: null,
      snoozedUntil: '2026-12-01T08:00:00.000Z',
    });
    expect(edited.body.person.updatedAt > ana.updatedAt).toBe(true);
    expect((await c.request('PATCH', `/api/v1/people/${ana.id}`, { snoozedUntil: null })).body.person.snoozedUntil).toBeNull();

    // Idempotent create: a retry returns the first person instead of a copy.
    const key = { 'idempotency-key': 'add-cy' };
    const cy1 = await c.request('POST', '/api/v1/people', { name: 'Cy', closeness: 'new' }, key);
    const cy2 = await c.request('POST', '/api/v1/people', { name: 'Cy', closeness: 'new' }, key);
    expect(cy2.body).toEqual(cy1.body);

    expect((await c.request('DELETE', `/api/v1/people/${bo.id}`)).status).toBe(204);
    expect((await c.request('GET', `/api/v1/people/${bo.id}`)).status).toBe(404);
    expect((await c.request('DELETE', `/api/v1/people/${bo.id}`)).status).toBe(404);
  });

  it('names each bad field', async () => {
    const bad = await me.request('POST', '/api/v1/people', {
      name: ' ',
      contexts: ['work', 'work', 'pets'],
      closeness: 'bff',
      rhythmDays: 0,
    });
    expect(bad.status).toBe(400);
    expect(new Set(bad.body.errors.map((e: any) => e.field.split('.')[0]))).toEqual(
      new Set(['name', 'contexts', 'closeness', 'rhythmDays']),
    );
    const p = await addPerson(me);
    const patch = await me.request('PATCH', `/api/v1/people/${p.id}`, { snoozedUntil: 'tomorrow', id: 'x' });
    expect(patch.body.errors.map((e: any) => e.field).sort()).toEqual(['id', 'snoozedUntil']);
    const log1 = await log(me, [p.id], { warmth: 6, channel: 'pigeon', personIds: [] });
    expect(log1.body.errors.map((e: any) => e.field).sort()).toEqual(['channel', 'personIds', 'warmth']);
    const reversed = await me.request('GET', `/api/v1/people/${p.id}/reciprocity?from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([{ field: 'from', in: 'query', message: expect.any(String) }]);
    expect((await me.request('GET', '/api/v1/interactions?personId=nope')).body.errors[0].field).toBe('personId');
  });

  it('logs interactions, keeps each person’s last contact, and echoes help as a tick or words', async () => {
    const c = await signup(h.app);
    const ana = await addPerson(c, { name: 'Ana' });
    const bo = await addPerson(c, { name: 'Bo' });
    const created = await log(c, [bo.id, ana.id], { gave: true, received: 'a lift home', reflection: 'I want to die', topics: ['move'] });
    expect(created.status).toBe(201);
    const first = created.body.interaction;
    expect(first).toMatchObject({
      gave: true,
      received: 'a lift home',
      topics: ['move'],
      minutes: null,
      occurredAt: '2026-11-20T18:00:00.000Z',
    });
    expect(first.personIds).toEqual([ana.id, bo.id].sort());
    expect(created.body.safety).toEqual({ crisis: true });
    const later = (await log(c, [ana.id], { occurredAt: '2026-11-21T08:00:00Z', gave: '', received: false })).body;
    expect(later.interaction).toMatchObject({ gave: false, received: false });
    expect(later.safety).toEqual({ crisis: false });
    const lastOf = async (id: string) => (await c.request('GET', `/api/v1/people/${id}`)).body.person.lastContactAt;
    expect(await lastOf(ana.id)).toBe('2026-11-21T08:00:00.000Z');
    expect(await lastOf(bo.id)).toBe('2026-11-20T18:00:00.000Z');

    // Moving Bo out of the first interaction recounts his last contact; moving the later one back recounts Ana's.
    const moved = await c.request('PATCH', `/api/v1/interactions/${first.id}`, { personIds: [ana.id], gave: 'soup' });
    expect(moved.body.interaction).toMatchObject({ personIds: [ana.id], gave: 'soup', received: 'a lift home' });
    expect(await lastOf(bo.id)).toBeNull();
    await c.request('PATCH', `/api/v1/interactions/${later.interaction.id}`, { occurredAt: '2026-11-19T08:00:00Z' });
    expect(await lastOf(ana.id)).toBe('2026-11-20T18:00:00.000Z');

    // Lists: newest first, by person, by period, in pages.
    await log(c, [bo.id], { occurredAt: '2026-11-10T12:00:00Z' });
    const all = (await c.request('GET', '/api/v1/interactions')).body.items;
    expect(all.map((i: any) => i.occurredAt.slice(0, 10))).toEqual(['2026-11-20', '2026-11-19', '2026-11-10']);
    expect((await c.request('GET', `/api/v1/interactions?personId=${bo.id}`)).body.items).toHaveLength(1);
    expect((await c.request('GET', '/api/v1/interactions?from=2026-11-15T00:00:00Z&to=2026-11-20T00:00:00Z')).body.items).toHaveLength(1);
    const page1 = (await c.request('GET', '/api/v1/interactions?limit=2')).body;
    const page2 = (await c.request('GET', `/api/v1/interactions?limit=2&cursor=${page1.nextCursor}`)).body;
    expect([...page1.items, ...page2.items].map((i: any) => i.id)).toEqual(all.map((i: any) => i.id));
    expect(page2.nextCursor).toBeNull();

    expect((await c.request('DELETE', `/api/v1/interactions/${first.id}`)).status).toBe(204);
    expect(await lastOf(ana.id)).toBe('2026-11-19T08:00:00.000Z');
    expect((await c.request('DELETE', `/api/v1/interactions/${first.id}`)).status).toBe(404);
  });

  it('deleting a person deletes interactions that were with them alone and keeps shared ones', async () => {
    const c = await signup(h.app);
    const ana = await addPerson(c, { name: 'Ana' });
    const bo = await addPerson(c, { name: 'Bo' });
    const alone = (await log(c, [ana.id])).body.interaction;
    const shared = (await log(c, [ana.id, bo.id], { occurredAt: '2026-11-18T10:00:00Z' })).body.interaction;
    expect((await c.request('DELETE', `/api/v1/people/${ana.id}`)).status).toBe(204);
    const left = (await c.request('GET', '/api/v1/interactions')).body.items;
    expect(left.map((i: any) => [i.id, i.personIds])).toEqual([[shared.id, [bo.id]]]);
    expect(left.some((i: any) => i.id === alone.id)).toBe(false);
    expect((await c.request('GET', `/api/v1/people/${bo.id}`)).body.person.lastContactAt).toBe('2026-11-18T10:00:00.000Z');
  });

  /** Weeks pass in these tests, and a session does not outlast a week unused: the person logs in again. */
  async function logInAgain(c: Client): Promise<void> {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.user.email, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const fresh = clientFrom(h.app, res);
    c.cookie = fresh.cookie;
    c.csrf = fresh.csrf;
  }

  it('lists people to reach out to by how overdue they are; contact or a snooze takes them off', async () => {
    const c = await signup(h.app);
    const weekly = await addPerson(c, { name: 'Weekly', rhythmDays: 7 });
    const monthly = await addPerson(c, { name: 'Monthly', rhythmDays: 30 });
    await addPerson(c, { name: 'No rhythm' });
    const snoozy = await addPerson(c, { name: 'Snoozy', rhythmDays: 7 });
    expect((await c.request('GET', '/api/v1/people/reach-out')).body).toEqual([]);

    h.clock.advance(28 * DAY);
    await logInAgain(c);
    await c.request('PATCH', `/api/v1/people/${snoozy.id}`, { snoozedUntil: new Date(h.clock.now.getTime() + 3 * DAY).toISOString() });
    const list = (await c.request('GET', '/api/v1/people/reach-out')).body;
    expect(list).toEqual([
      { personId: weekly.id, name: 'Weekly', daysSinceContact: 28, rhythmDays: 7, overdueRatio: 4 },
      { personId: monthly.id, name: 'Monthly', daysSinceContact: 28, rhythmDays: 30, overdueRatio: 0.93 },
    ]);

    expect((await log(c, [weekly.id], { occurredAt: h.clock.now.toISOString() })).status).toBe(201);
    expect((await c.request('GET', '/api/v1/people/reach-out')).body.map((p: any) => p.name)).toEqual(['Monthly']);

    h.clock.advance(4 * DAY);
    await logInAgain(c);
    expect((await c.request('GET', '/api/v1/people/reach-out')).body.map((p: any) => p.name)).toEqual(['Snoozy', 'Monthly']);
  });

  it('shows reciprocity with one person over a period, with a kind note when it leans one way', async () => {
    const c = await signup(h.app);
    const ana = await addPerson(c, { name: 'Ana' });
    const at = (daysAgo: number) => new Date(h.clock.now.getTime() - daysAgo * DAY).toISOString();
    for (let i = 1; i <= 4; i++) await log(c, [ana.id], { occurredAt: at(i * 5), initiatedBy: 'me', warmth: 4, gave: true });
    await log(c, [ana.id], { occurredAt: at(30), initiatedBy: 'mutual', warmth: 5, support: 5, gave: 'moving boxes' });
    await log(c, [ana.id], { occurredAt: at(120), initiatedBy: 'them', received: true });

    const r = (await c.request('GET', `/api/v1/people/${ana.id}/reciprocity`)).body;
    expect(r).toMatchObject({
      personId: ana.id,
      to: h.clock.now.toISOString(),
      from: at(90),
      n: 5,
      initiated: { me: 4, them: 0, mutual: 1 },
      myShareOfStarts: 1,
      help: { gave: 5, received: 0 },
      meanWarmth: 4.2,
      meanSupport: 3.4,
    });
    expect(r.notes.map((n: any) => n.code)).toEqual(['mostly-me', 'only-giving']);
    expect(r.notes[0].text).toContain('Ana');

    const year = (await c.request('GET', `/api/v1/people/${ana.id}/reciprocity?from=${at(365)}`)).body;
    expect(year).toMatchObject({ n: 6, initiated: { me: 4, them: 1, mutual: 1 }, help: { gave: 5, received: 1 } });
    expect((await c.request('GET', `/api/v1/people/${ana.id}/reciprocity?from=${at(200)}&to=${at(100)}`)).body.n).toBe(1);
  });

  it('imports a vCard file: new people, merges on a second import, skips reported per card', async () => {
    const c = await signup(h.app);
    const existing = await addPerson(c, { name: 'Dev  PATEL', rhythmDays: 14 });
    // Browsers may label a .vcf file text/plain; that is read as vCard too.
    const first = await vcard(c, fixture('v40-multiple-lf.vcf'), 'text/plain');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: 2, merged: 1, skipped: [] });
    expect(first.body.people.map((p: any) => [p.index, p.name, p.outcome])).toEqual([
      [0, 'Bo Lindqvist', 'imported'],
      [1, 'Carmen Ruiz', 'imported'],
      [2, 'Dev  PATEL', 'merged'],
    ]);
    const dev = (await c.request('GET', `/api/v1/people/${existing.id}`)).body.person;
    expect(dev).toMatchObject({ notes: 'Neighbour at no. 12', rhythmDays: 14, closeness: 'close' });
    const bo = (await c.request('GET', `/api/v1/people/${first.body.people[0].personId}`)).body.person;
    expect(bo).toMatchObject({ closeness: 'new', contexts: [], rhythmDays: null, notes: null });

    const again = await vcard(c, fixture('v40-multiple-lf.vcf'), 'text/x-vcard; charset=utf-8');
    expect(again.body).toMatchObject({ imported: 0, merged: 3 });
    expect(again.body.people.map((p: any) => p.personId)).toEqual(first.body.people.map((p: any) => p.personId));

    const mixed = await vcard(c, fixture('some-bad-cards.vcf'));
    expect(mixed.body).toMatchObject({
      imported: 2,
      merged: 0,
      skipped: [
        { index: 1, reason: 'unsupported vCard version 5.0' },
        { index: 2, reason: 'no VERSION line' },
        { index: 3, reason: 'no name' },
      ],
    });
    const dupes = await vcard(c, fixture('duplicates-in-one-file.vcf'));
    expect(dupes.body).toMatchObject({ imported: 4, merged: 2 });
    const qp = await vcard(c, fixture('v21-quoted-printable.vcf'));
    const jose = (await c.request('GET', `/api/v1/people/${qp.body.people[0].personId}`)).body.person;
    expect(jose).toMatchObject({
      name: 'José Müller',
      notes: 'Kennt mich seit der Schule.\nFährt gern Fahrrad und trinkt Kaffee = Leben.',
    });
    expect((await c.request('GET', '/api/v1/people?limit=500')).body.items).toHaveLength(1 + 2 + 2 + 4 + 1);
  });

  it('refuses a file that is not vCard, or too big, and imports nothing from it', async () => {
    const c = await signup(h.app);
    for (const file of ['broken-missing-end.vcf', 'broken-stray-end.vcf', 'empty.vcf', 'not-a-vcard.vcf']) {
      const r = await vcard(c, fixture(file));
      expect(r.status, file).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.detail.length).toBeGreaterThan(10);
      expect(r.body.errors[0].field).toBe('body');
    }
    // A broken card after good ones: the good ones are not imported either.
    const partly = `${fixture('v30-single-crlf.vcf')}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n`;
    expect((await vcard(c, partly)).status).toBe(400);
    expect((await c.request('POST', '/api/v1/people/import', { cards: [] })).status).toBe(400);
    const huge = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nNOTE:${'x'.repeat(2.2 * 1024 * 1024)}\r\nEND:VCARD\r\n`;
    expect((await vcard(c, huge)).status).toBe(413);
    expect((await c.request('POST', '/api/v1/people/import', 'a=b', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(
      415,
    );
    expect((await c.request('GET', '/api/v1/people')).body.items).toEqual([]);
  });

  it('keeps every person and interaction private: a stranger or the partner gets 404, as for a missing id', async () => {
    const { a, b } = await linkedPair(h);
    // Signed up now: earlier tests moved the clock past the first stranger's session.
    const stranger = await signup(h.app);
    const person = await addPerson(a, { name: 'Private friend', rhythmDays: 1 });
    const interaction = (await log(a, [person.id], { reflection: 'private reflection' })).body.interaction;
    const mine = await addPerson(b, { name: 'Partner’s own' });
    for (const other of [b, stranger]) {
      for (const id of [person.id, MISSING]) {
        expect((await other.request('GET', `/api/v1/people/${id}`)).status).toBe(404);
        expect((await other.request('PATCH', `/api/v1/people/${id}`, { name: 'x' })).status).toBe(404);
        expect((await other.request('DELETE', `/api/v1/people/${id}`)).status).toBe(404);
        expect((await other.request('GET', `/api/v1/people/${id}/reciprocity`)).status).toBe(404);
        expect((await log(other, [id])).status).toBe(404);
      }
      for (const id of [interaction.id, MISSING]) {
        expect((await other.request('GET', `/api/v1/interactions/${id}`)).status).toBe(404);
        expect((await other.request('PATCH', `/api/v1/interactions/${id}`, { warmth: 1 })).status).toBe(404);
        expect((await other.request('DELETE', `/api/v1/interactions/${id}`)).status).toBe(404);
      }
      const seen = JSON.stringify([
        (await other.request('GET', '/api/v1/people')).body,
        (await other.request('GET', '/api/v1/interactions')).body,
        (await other.request('GET', `/api/v1/interactions?personId=${person.id}`)).body,
        (await other.request('GET', '/api/v1/people/reach-out')).body,
      ]);
      expect(seen).not.toContain(person.id);
      expect(seen).not.toContain(interaction.id);
    }
    // Mixing one's own person with someone else's is refused whole, and moving an interaction to them too.
    expect((await log(b, [mine.id, person.id])).status).toBe(404);
    expect((await b.request('GET', '/api/v1/interactions')).body.items).toEqual([]);
    expect((await a.request('PATCH', `/api/v1/interactions/${interaction.id}`, { personIds: [mine.id] })).status).toBe(404);
    expect((await a.request('GET', `/api/v1/people/${person.id}`)).body.person.lastContactAt).toBe('2026-11-20T18:00:00.000Z');

    for (const [method, url] of [
      ['GET', '/api/v1/people'],
      ['POST', '/api/v1/people'],
      ['GET', '/api/v1/people/reach-out'],
      ['POST', '/api/v1/people/import'],
      ['GET', `/api/v1/people/${person.id}`],
      ['GET', `/api/v1/people/${person.id}/reciprocity`],
      ['GET', '/api/v1/interactions'],
      ['POST', '/api/v1/interactions'],
      ['GET', `/api/v1/interactions/${interaction.id}`],
      ['DELETE', `/api/v1/interactions/${interaction.id}`],
    ] as const) {
      expect((await h.app.inject({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('reads one interaction by id however old, with its crisis verdict, so an edit opened from a bookmark finds it', async () => {
    const c = await signup(h.app);
    const ana = await addPerson(c);
    const old = (await log(c, [ana.id], { occurredAt: '2025-01-02T10:00:00Z', reflection: 'I want to disappear forever' })).body;
    for (let i = 0; i < 3; i++) await log(c, [ana.id]);
    const got = await c.request('GET', `/api/v1/interactions/${old.interaction.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(old);
    expect(got.body.safety).toEqual({ crisis: true });
    expect((await c.request('GET', `/api/v1/interactions/${MISSING}`)).status).toBe(404);
    const bad = await c.request('GET', '/api/v1/interactions/not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('id');
  });
});
