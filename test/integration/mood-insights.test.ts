import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, signup, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { linkedPair } from '../support/pair.js';

/** getMoodInsights: journal moods by the person's own day, only ever their own. */
describe.each(dialects())('mood insights on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const at = (iso: string) => {
    h.clock.now = new Date(iso);
  };

  it('gathers moods by day in the person’s time zone, for the week and the month, and leaves out entries without one', async () => {
    // Auckland is UTC+13 in November: 2026-11-14T12:00Z is already the 15th there.
    const me = await signup(h.app, { timeZone: 'Pacific/Auckland' });
    const write = async (iso: string, body: Record<string, unknown>) => {
      at(iso);
      expect((await me.request('POST', '/api/v1/journal', body)).status).toBe(201);
    };
    await write('2026-10-20T01:00:00.000Z', { mood: 9 }); // 20 Oct local: in the month only
    await write('2026-11-14T10:30:00.000Z', { mood: 2 }); // 14 Nov 23:30 local: one day before the week
    await write('2026-11-14T12:00:00.000Z', { mood: 4 }); // 15 Nov 01:00 local: the week's first day
    await write('2026-11-20T20:00:00.000Z', { text: 'Words and a mood', mood: 7 }); // 21 Nov local
    await write('2026-11-20T22:00:00.000Z', { mood: 8 }); // 21 Nov local
    await write('2026-11-20T23:00:00.000Z', { text: 'Only words' });
    at('2026-11-21T09:00:00.000Z'); // 21 Nov 22:00 in Auckland

    const week = await me.request('GET', '/api/v1/insights/mood');
    expect(week.status).toBe(200);
    expect(week.body).toMatchObject({ view: 'week', timeZone: 'Pacific/Auckland', moods: 3, daysWithMood: 2 });
    expect(week.body.days).toHaveLength(7);
    expect(week.body.days[0]).toEqual({ date: '2026-11-15', mood: 4, count: 1 });
    expect(week.body.days[6]).toEqual({ date: '2026-11-21', mood: 7.5, count: 2 });
    expect(week.body.days.slice(1, 6).every((d: { mood: null; count: number }) => d.mood === null && d.count === 0)).toBe(true);

    const month = await me.request('GET', '/api/v1/insights/mood?view=month');
    expect(month.status).toBe(200);
    expect(month.body.days).toHaveLength(30);
    expect(month.body.days[0].date).toBe('2026-10-23');
    expect(month.body).toMatchObject({ view: 'month', moods: 4, daysWithMood: 3 });
    expect(month.body.days.find((d: { date: string }) => d.date === '2026-11-14')).toEqual({ date: '2026-11-14', mood: 2, count: 1 });
  });

  it('answers 401 without a session and 400 naming the field for a view it does not know', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/insights/mood' })).statusCode).toBe(401);
    const me = await signup(h.app);
    const bad = await me.request('GET', '/api/v1/insights/mood?view=year');
    expect(bad.status).toBe(400);
    expect(String(bad.headers['content-type'])).toContain('problem+json');
    expect(JSON.stringify(bad.body)).toContain('view');
    expect((await me.request('GET', '/api/v1/insights/mood?view=week&extra=1')).status).toBe(400);
  });

  it('never shows a partner my moods: each reads only their own', async () => {
    at('2026-11-21T10:00:00.000Z');
    const { a, b } = await linkedPair(h);
    expect((await a.request('POST', '/api/v1/journal', { mood: 3 })).status).toBe(201);
    const mine = await a.request('GET', '/api/v1/insights/mood');
    expect(mine.body.moods).toBe(1);
    const theirs = await b.request('GET', '/api/v1/insights/mood');
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({ moods: 0, daysWithMood: 0 });
    expect(theirs.body.days.every((d: { count: number }) => d.count === 0)).toBe(true);
  });
});
