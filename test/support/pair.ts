import { signup, type Client, type Harness } from './api.js';

/** Two signed-up people linked through a fresh invitation. */
export async function linkedPair(h: Harness): Promise<{ a: Client; b: Client }> {
  const a = await signup(h.app);
  const b = await signup(h.app);
  const invite = await a.request('POST', '/api/v1/pair/invitations');
  const joined = await b.request('POST', '/api/v1/pair/join', { code: invite.body.code });
  if (joined.status !== 201) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { a, b };
}
