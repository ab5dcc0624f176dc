import type { Client, Harness } from './api.js';

/** Puts a person on someone's social map through createPerson; returns their id. */
export async function addPerson(_h: Harness, owner: Client, name = 'Robin Example'): Promise<string> {
  const r = await owner.request('POST', '/api/v1/people', { name, closeness: 'close' });
  if (r.status !== 201) throw new Error(`createPerson failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.person.id as string;
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
