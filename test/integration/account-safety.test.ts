import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapabilityLinkList, REAUTH_REQUIRED, User } from '../../src/contracts/account/auth.js';
import { Problem } from '../../src/contracts/common.js';
import { clientFrom, harness, PASSWORD, signup, type Client, type Harness } from '../support/api.js';
import { dialects } from '../support/dialects.js';
import { addPerson } from '../support/social.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
let n = 0;
const freshEmail = () => `safety${++n}-${Date.now()}@example.org`;

/** Passwords and sessions to ASVS L2 (issue 14.6). */
describe.each(dialects())('account safety on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind);
  });
  afterAll(async () => h.close());

  const signupWith = (payload: Record<string, unknown>, remoteAddress = '10.9.0.1') =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      remoteAddress,
      payload: { email: freshEmail(), password: PASSWORD, displayName: 'Sam', timeZone: 'UTC', region: 'GB', ...payload },
    });
  const login = async (email: string, password = PASSWORD) => {
    const r = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: '10.9.1.1' });
    expect(r.statusCode).toBe(200);
    return clientFrom(h.app, r);
  };

  describe('password policy', () => {
    it('refuses a common password and the person’s own email at sign-up, naming the field kindly', async () => {
      const common = await signupWith({ password: 'password1234' });
      expect(common.statusCode).toBe(400);
      expect(common.headers['content-type']).toContain('application/problem+json');
      const body = Problem.parse(common.json());
      expect(body.errors).toEqual([{ field: 'password', in: 'body', message: expect.stringMatching(/use most/) }]);

      const email = freshEmail();
      const own = await signupWith({ email, password: email });
      expect(own.statusCode).toBe(400);
      expect(own.json().errors[0]).toMatchObject({ field: 'password', message: expect.stringMatching(/email or name/) });
      const name = await signupWith({ displayName: 'Marguerite', password: 'Marguerite1990!' });
      expect(name.json().errors[0]).toMatchObject({ field: 'password', message: expect.stringMatching(/email or name/) });
      // Nothing was made: the email is still free.
      expect((await signupWith({ email })).statusCode).toBe(201);
    });

    it('refuses a weak new password at a password change and keeps the old one', async () => {
      const a = await signup(h.app);
      for (const newPassword of ['password1234', a.user.email, 'qwertyuiop12']) {
        const r = await a.request('POST', '/api/v1/auth/password', { currentPassword: PASSWORD, newPassword });
        expect(r.status, newPassword).toBe(400);
        expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['newPassword']);
      }
      await login(a.user.email);
    });
  });

  describe('session lifetime', () => {
    it('ends a session 30 days after login however busy it is', async () => {
      const a = await signup(h.app);
      for (let day = 1; day < 30; day++) {
        h.clock.advance(DAY);
        expect((await a.request('GET', '/api/v1/me')).status, `day ${day}`).toBe(200);
      }
      h.clock.advance(DAY);
      expect((await a.request('GET', '/api/v1/me')).status).toBe(401);
    });

    it('lets the person choose the idle time, a week by default, and applies it to every session at once', async () => {
      const a = await signup(h.app);
      expect(User.parse(a.user).sessionIdle).toBe('7d');
      const other = await login(a.user.email);

      const bad = await a.request('PATCH', '/api/v1/me', { sessionIdle: '5m' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('sessionIdle');

      const set = await a.request('PATCH', '/api/v1/me', { sessionIdle: '30m' });
      expect(set.status).toBe(200);
      expect(set.body.user.sessionIdle).toBe('30m');
      const listed = await a.request('GET', '/api/v1/sessions');
      expect(listed.body.items).toHaveLength(2);

      // Used every 20 minutes, this one stays; the other, untouched for 40, has ended.
      h.clock.advance(20 * MINUTE);
      expect((await a.request('GET', '/api/v1/me')).status).toBe(200);
      h.clock.advance(20 * MINUTE);
      expect((await a.request('GET', '/api/v1/me')).status).toBe(200);
      expect((await other.request('GET', '/api/v1/me')).status).toBe(401);
      h.clock.advance(31 * MINUTE);
      expect((await a.request('GET', '/api/v1/me')).status).toBe(401);
    });

    it('keeps a session used once a day for a week by default, and ends one left for eight days', async () => {
      const a = await signup(h.app);
      for (let day = 0; day < 7; day++) {
        h.clock.advance(DAY);
        expect((await a.request('GET', '/api/v1/me')).status).toBe(200);
      }
      h.clock.advance(8 * DAY);
      expect((await a.request('GET', '/api/v1/me')).status).toBe(401);
    });
  });

  describe('re-authentication before export', () => {
    it('asks for the password again when the login is more than a few minutes old, then lets the export through', async () => {
      const a = await signup(h.app);
      expect((await a.request('GET', '/api/v1/me/export')).status).toBe(200);
      h.clock.advance(11 * MINUTE);
      for (const url of ['/api/v1/me/export', '/api/v1/me/export/journal.csv']) {
        const r = await a.request('GET', url, undefined, { 'x-no-reauth': '1' });
        expect(r.status, url).toBe(403);
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(Problem.parse(r.body).type).toBe(REAUTH_REQUIRED);
      }

      const wrong = await a.request('POST', '/api/v1/auth/reauth', { password: 'not my password at all' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].field).toBe('password');
      expect((await a.request('GET', '/api/v1/me/export', undefined, { 'x-no-reauth': '1' })).status).toBe(403);

      // A code sent beside the password is checked, never ignored: this person has no second factor, so none is right.
      const withCode = await a.request('POST', '/api/v1/auth/reauth', { password: PASSWORD, code: '123456' });
      expect(withCode.status).toBe(400);
      expect(withCode.body.errors[0].field).toBe('code');
      expect((await a.request('POST', '/api/v1/auth/reauth', { password: PASSWORD })).status).toBe(204);
      expect((await a.request('GET', '/api/v1/me/export')).status).toBe(200);
      expect((await a.request('GET', '/api/v1/me/export/journal.csv')).status).toBe(200);
      h.clock.advance(11 * MINUTE);
      expect((await a.request('GET', '/api/v1/me/export', undefined, { 'x-no-reauth': '1' })).status).toBe(403);
    });

    it('answers 401 to a stranger, 400 to an unknown field, and never lets one session confirm another', async () => {
      const anon = await h.app.inject({ method: 'POST', url: '/api/v1/auth/reauth', payload: { password: PASSWORD } });
      expect(anon.statusCode).toBe(401);
      const a = await signup(h.app);
      const extra = await a.request('POST', '/api/v1/auth/reauth', { password: PASSWORD, admin: true });
      expect(extra.status).toBe(400);
      expect(extra.body.errors[0].field).toBe('admin');

      const other = await login(a.user.email);
      h.clock.advance(11 * MINUTE);
      expect((await a.request('POST', '/api/v1/auth/reauth', { password: PASSWORD })).status).toBe(204);
      expect((await other.request('GET', '/api/v1/me/export', undefined, { 'x-no-reauth': '1' })).status).toBe(403);
    });
  });

  describe('links that work without signing in', () => {
    async function linksOf(c: Client) {
      const r = await c.request('GET', '/api/v1/capability-links');
      expect(r.status).toBe(200);
      return CapabilityLinkList.parse(r.body).items;
    }
    async function feedbackLink(c: Client, personId: string) {
      const r = await c.request('POST', `/api/v1/people/${personId}/feedback-links`, {});
      expect(r.status).toBe(201);
      return { id: r.body.id as string, token: new URL(r.body.url).pathname.replace('/f/', '') };
    }
    const answer = (token: string) =>
      h.app.inject({ method: 'POST', url: `/api/v1/feedback/${token}`, payload: { supportive: 'The walk' }, remoteAddress: '10.9.2.1' });
    const feed = (url: string) => h.app.inject({ method: 'GET', url: new URL(url).pathname });

    it('lists the calendar feed and open questions in one place, and turns them all off', async () => {
      const a = await signup(h.app);
      expect(await linksOf(a)).toEqual([]);
      const calendar = (await a.request('POST', '/api/v1/calendar/token')).body.url as string;
      const person = await addPerson(h, a, 'Robin Example');
      const answered = await feedbackLink(a, person);
      expect((await answer(answered.token)).statusCode).toBe(201);
      const open = await feedbackLink(a, person);

      const items = await linksOf(a);
      expect(items.map((i) => [i.kind, i.id])).toEqual([
        ['calendar', 'calendar'],
        ['feedback', open.id],
      ]);
      expect(items[1]!.personName).toBe('Robin Example');
      // A stranger sees none of them.
      expect(await linksOf(await signup(h.app))).toEqual([]);

      expect((await a.request('POST', '/api/v1/capability-links/revoke')).status).toBe(204);
      expect(await linksOf(a)).toEqual([]);
      expect((await feed(calendar)).statusCode).toBe(404);
      expect((await answer(open.token)).statusCode).toBe(410);
      // The answer already given is kept.
      const list = await a.request('GET', `/api/v1/people/${person}/feedback`);
      expect(list.body.items.find((l: { id: string }) => l.id === answered.id).answer).toBeTruthy();
      const anon = await h.app.inject({ method: 'GET', url: '/api/v1/capability-links' });
      expect(anon.statusCode).toBe(401);
    });

    it('turns them off when the password changes', async () => {
      const a = await signup(h.app);
      const calendar = (await a.request('POST', '/api/v1/calendar/token')).body.url as string;
      const open = await feedbackLink(a, await addPerson(h, a));
      expect((await feed(calendar)).statusCode).toBe(200);
      const changed = await a.request('POST', '/api/v1/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'a new and quieter passphrase',
      });
      expect(changed.status).toBe(204);
      expect((await feed(calendar)).statusCode).toBe(404);
      expect((await answer(open.token)).statusCode).toBe(410);
      expect(await linksOf(a)).toEqual([]);
      // A new calendar address can be made at once.
      const again = (await a.request('POST', '/api/v1/calendar/token')).body.url as string;
      expect(again).not.toBe(calendar);
      expect((await feed(again)).statusCode).toBe(200);
    });
  });
});

describe.each(dialects())('sign-up on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(kind, { signupLimit: 5 });
  });
  afterAll(async () => h.close());

  const signupFrom = (remoteAddress: string, payload: Record<string, unknown> = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      remoteAddress,
      payload: { email: freshEmail(), password: PASSWORD, displayName: 'Sam', timeZone: 'UTC', region: 'GB', ...payload },
    });

  it('allows five sign-ups an hour from one address, successful ones included', async () => {
    for (let i = 0; i < 5; i++) expect((await signupFrom('10.8.0.1')).statusCode).toBe(201);
    const sixth = await signupFrom('10.8.0.1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['content-type']).toContain('application/problem+json');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signupFrom('10.8.0.2')).statusCode).toBe(201);
    h.clock.advance(61 * MINUTE);
    expect((await signupFrom('10.8.0.1')).statusCode).toBe(201);
  });

  it('answers a registered email the same whatever password is sent, never signs in, and counts it like any sign-up', async () => {
    const owner = await signupFrom('10.8.1.1');
    const email = owner.json().user.email as string;
    const right = await signupFrom('10.8.1.2', { email, password: PASSWORD });
    const wrong = await signupFrom('10.8.1.2', { email, password: 'someone guessing at it' });
    for (const r of [right, wrong]) {
      expect(r.statusCode).toBe(400);
      expect(r.headers['set-cookie']).toBeUndefined();
      expect(r.body).not.toMatch(/exists|taken|already registered|in use/i);
    }
    expect(right.body).toBe(wrong.body);
    expect(right.headers['content-type']).toBe(wrong.headers['content-type']);
    // Each try spent one of the address's sign-ups: three more, then the wall, for new and registered alike.
    for (let i = 0; i < 3; i++) expect((await signupFrom('10.8.1.2')).statusCode).toBe(201);
    expect((await signupFrom('10.8.1.2', { email })).statusCode).toBe(429);
    expect((await signupFrom('10.8.1.2')).statusCode).toBe(429);
  });
});
