import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/dialects.js';
import { harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';

/** An urge with a follow-up, a tool session linked to it, and a thought record, all marked with `mark`. */
async function reassuranceLoop(c: Client, mark: string) {
  const created = (
    await c.request(
      'POST',
      '/api/v1/urges',
      {
        occurredAt: '2026-03-01T02:30:00Z',
        intensity: 6,
        anxietyBefore: 7,
        triggers: [`${mark}-trigger`],
        wantedTo: `${mark}-ask`,
        action: 'delayed',
      },
      { 'idempotency-key': `${mark}-urge` },
    )
  ).body.urge;
  const urge = (await c.request('POST', `/api/v1/urges/${created.id}/follow-ups`, { minutesAfter: 30, anxiety: 3 })).body.urge;
  const toolSession = (
    await c.request('POST', '/api/v1/tool-sessions', {
      tool: 'breathing',
      variant: `${mark}-v`,
      startedAt: '2026-03-01T02:35:00Z',
      durationSeconds: 300,
      distressBefore: 7,
      distressAfter: 4,
      urgeId: urge.id,
    })
  ).body.toolSession;
  const thoughtRecord = (
    await c.request('POST', '/api/v1/thought-records', {
      occurredAt: '2026-03-01T03:00:00Z',
      situation: `${mark}-situation`,
      automaticThought: 'They are pulling away',
      emotion: 'worry',
      emotionIntensity: 7,
      distortions: ['mind_reading'],
    })
  ).body.thoughtRecord;
  return { urge, toolSession, thoughtRecord };
}

/** Two people on the map (one from a vCard), an interaction with both, all marked with `mark`. */
async function socialMap(c: Client, mark: string) {
  const person = (
    await c.request('POST', '/api/v1/people', { name: `${mark}-friend`, contexts: ['friends', 'work'], closeness: 'close', rhythmDays: 14 })
  ).body.person;
  const imported = (
    await c.request('POST', '/api/v1/people/import', `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${mark}-card\r\nUID:${mark}-uid\r\nEND:VCARD\r\n`, {
      'content-type': 'text/vcard',
    })
  ).body.people[0];
  const interaction = (
    await c.request('POST', '/api/v1/interactions', {
      personIds: [person.id, imported.personId],
      occurredAt: '2026-11-01T18:00:00Z',
      channel: 'in-person',
      initiatedBy: 'mutual',
      warmth: 5,
      support: 4,
      gave: `${mark}-gave`,
      topics: [`${mark}-topic`],
      reflection: `${mark}-reflection`,
    })
  ).body.interaction;
  return { person, importedId: imported.personId as string, interaction };
}

describe.each(dialects())('account export and deletion on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  it('exports everything the person owns as JSON and the journal as CSV', async () => {
    const me = await signup(h.app);
    await me.request('POST', '/api/v1/journal', { text: 'first, with "quotes"\nand a new line', tags: ['a'] });
    h.clock.advance(1000);
    await me.request('POST', '/api/v1/journal', { text: '=HYPERLINK("http://x")', mood: 3 });
    const other = await signup(h.app);
    await other.request('POST', '/api/v1/journal', { text: 'not theirs to export' });

    const json = await me.request('GET', '/api/v1/me/export');
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="steady-export-/);
    expect(json.body.format).toBe('steady-export/1');
    expect(json.body.user).toMatchObject({ id: me.user.id, email: me.user.email });
    expect(json.body.journal.map((e: { text: string }) => e.text)).toEqual([
      'first, with "quotes"\nand a new line',
      '=HYPERLINK("http://x")',
    ]);
    expect(JSON.stringify(json.body)).not.toContain('not theirs to export');
    expect(JSON.stringify(json.body)).not.toMatch(/password|token_hash|csrf/i);
    expect(json.body).toMatchObject({ urges: [], toolSessions: [], thoughtRecords: [] });

    const csv = await me.request('GET', '/api/v1/me/export/journal.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = String(csv.body);
    expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toBe('id,createdAt,updatedAt,mood,tags,prompt,text');
    expect(text).toContain('"first, with ""quotes""\nand a new line"');
    // Formula-looking cells are neutralised so a spreadsheet opens them as text.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toContain('not theirs to export');
  });

  it('exports the reassurance loop: urges with their day and follow-ups, tool sessions, thought records', async () => {
    const me = await signup(h.app, { timeZone: 'America/Los_Angeles' });
    const mine = await reassuranceLoop(me, 'mine');
    await reassuranceLoop(await signup(h.app), 'other');

    const body = (await me.request('GET', '/api/v1/me/export')).body;
    expect(mine.urge.followUps).toHaveLength(1);
    // 02:30 UTC on 1 March is still 28 February in Los Angeles.
    expect(body.urges).toEqual([{ ...mine.urge, localDate: '2026-02-28' }]);
    expect(body.toolSessions).toEqual([mine.toolSession]);
    expect(body.thoughtRecords).toEqual([mine.thoughtRecord]);
    expect(JSON.stringify(body)).not.toContain('other-');
  });

  it('exports the social map: people with their contexts, interactions with who was there', async () => {
    const me = await signup(h.app);
    const mine = await socialMap(me, 'mine');
    await socialMap(await signup(h.app), 'other');
    const body = (await me.request('GET', '/api/v1/me/export')).body;
    // Both were added at the same moment, so their order is by id.
    expect(body.people.map((p: any) => p.name).sort()).toEqual(['mine-card', 'mine-friend']);
    expect(body.people.find((p: any) => p.name === 'mine-friend')).toMatchObject({
      contexts: ['friends', 'work'],
      rhythmDays: 14,
      lastContactAt: '2026-11-01T18:00:00.000Z',
    });
    expect(body.interactions).toEqual([mine.interaction]);
    expect(body.interactions[0].personIds).toHaveLength(2);
    expect(JSON.stringify(body)).not.toContain('other-');
  });

  it('deletes the account only with the password, and leaves no row that references the person', async () => {
    const me = await signup(h.app);
    await me.request('POST', '/api/v1/journal', { text: 'something private', tags: ['x'] }, { 'idempotency-key': 'k1' });
    const mine = await reassuranceLoop(me, 'gone');
    const map = await socialMap(me, 'gone');
    await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: me.user.email, password: 'wrong wrong wrong' } });
    const keep = await signup(h.app);
    await keep.request('POST', '/api/v1/journal', { text: 'stays' });
    const kept = await reassuranceLoop(keep, 'kept');
    const keptMap = await socialMap(keep, 'kept');

    const wrong = await me.request('DELETE', '/api/v1/me', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('password');
    expect((await me.request('DELETE', '/api/v1/me', {})).body.errors[0].field).toBe('password');

    const gone = await me.request('DELETE', '/api/v1/me', { password: PASSWORD });
    expect(gone.status).toBe(204);
    expect((await me.request('GET', '/api/v1/me')).status).toBe(401);

    const dump = await dumpAllTables(h);
    expect(dump).not.toContain(me.user.id);
    expect(dump).not.toContain(me.user.email);
    expect(dump).not.toContain('something private');
    for (const id of [mine.urge.id, mine.urge.followUps[0].id, mine.toolSession.id, mine.thoughtRecord.id]) expect(dump).not.toContain(id);
    expect(dump).not.toContain('gone-');
    for (const id of [map.person.id, map.importedId, map.interaction.id]) expect(dump).not.toContain(id);
    expect(dump).toContain(keptMap.interaction.id);
    expect(dump).toContain('kept-reflection');
    expect(dump).toContain(keep.user.id);
    expect(dump).toContain('kept-trigger');
    expect((await keep.request('GET', '/api/v1/journal')).body.items).toHaveLength(1);
    expect((await keep.request('GET', `/api/v1/urges/${kept.urge.id}`)).body.urge.followUps).toHaveLength(1);
    expect((await keep.request('GET', `/api/v1/tool-sessions/${kept.toolSession.id}`)).body.toolSession.urgeId).toBe(kept.urge.id);
  });
});

/** Every row of every application table, as text: what "no row references them" is checked against. */
async function dumpAllTables(h: Harness): Promise<string> {
  const db = h.database.db;
  const tables =
    h.database.kind === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
        ).rows.map((r) => r.name)
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)
        ).rows.map((r) => r.name);
  for (const t of [
    'journal_entries',
    'urges',
    'urge_triggers',
    'urge_follow_ups',
    'tool_sessions',
    'thought_records',
    'insight_rollups',
    'people',
    'person_contexts',
    'interactions',
    'interaction_people',
  ])
    expect(tables).toContain(t);
  const parts: string[] = [];
  for (const t of tables) parts.push(JSON.stringify((await sql`select * from ${sql.table(t)}`.execute(db)).rows));
  return parts.join('\n');
}
