import { randomUUID } from 'node:crypto';
import type { Client, Harness } from './api.js';

/**
 * Puts a person on someone's social map straight into the database. People CRUD is being built
 * on another branch; once merged this can go through createPerson instead.
 */
export async function addPerson(h: Harness, owner: Client, name = 'Robin Example'): Promise<string> {
  const id = randomUUID();
  const now = h.clock.now.toISOString();
  await h.database.db
    .insertInto('people')
    .values({
      id,
      user_id: owner.user.id,
      name,
      name_key: name.toLowerCase().replace(/\s+/g, ' ').trim(),
      closeness: 'close',
      rhythm_days: null,
      notes: null,
      vcard_uid: null,
      snoozed_until: null,
      last_contact_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * One of everything on the social side that hangs on a person (issue 6, second half): an
 * invitation, a practice with a ticked day, a disclosure, an answered feedback link and a monthly
 * review with UCLA-3 answers. Text carries `mark`, so a dump of every table can be searched for it.
 */
export async function socialSteps(h: Harness, c: Client, mark: string) {
  const person = await addPerson(h, c, `${mark}-person`);
  const invitation = (await c.request('POST', '/api/v1/invitations', { idea: 'walk', text: `${mark}-walk`, personId: person })).body
    .invitation;
  const practice = (await c.request('POST', '/api/v1/practices', { name: `${mark}-practice` })).body.practice;
  await c.request('PUT', `/api/v1/practices/${practice.id}/days/2026-11-20`);
  const disclosure = (
    await c.request('POST', `/api/v1/people/${person}/disclosures`, { level: 'personal', what: `${mark}-shared`, comfort: 4 })
  ).body.disclosure;
  const link = (await c.request('POST', `/api/v1/people/${person}/feedback-links`, {})).body;
  const token = new URL(link.url).pathname.slice('/f/'.length);
  const answered = await h.app.inject({ method: 'POST', url: `/api/v1/feedback/${token}`, payload: { supportive: `${mark}-answer` } });
  if (answered.statusCode !== 201) throw new Error(`answer failed: ${answered.statusCode}`);
  const review = (await c.request('PUT', '/api/v1/social-reviews/2026-11', { win: `${mark}-win`, ucla3: [2, 2, 1] })).body.review;
  return { person, invitation, practice, disclosure, link, token, review };
}
