import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromSession, type Actor } from '../../src/core/account/actor.js';
import { PasswordResetsRepo } from '../../src/db/account/password-resets.repo.js';
import { SessionsRepo } from '../../src/db/account/sessions.repo.js';
import { TrustedDevicesRepo } from '../../src/db/account/trusted-devices.repo.js';
import { UsersRepo } from '../../src/db/account/users.repo.js';
import { CalendarTokensRepo } from '../../src/db/pair/calendar-tokens.repo.js';
import { AccountService } from '../../src/server/account/account.service.js';
import { verifyPassword } from '../../src/server/auth/password.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const HOUR = 3_600_000;

// The person's own account, called directly: profile changes that reach every session, a password
// change that closes every other way in (in one transaction), and a deletion the partner hears of.
describe.each(dialects())('account service on %s', (kind) => {
  let world: ServiceWorld;
  let service: AccountService;

  /** A person with two sessions (this one and another device's); the actor holds the first. */
  async function signedIn(name: string): Promise<{ actor: Actor; other: string }> {
    const person = await world.person(name);
    const sessions = new SessionsRepo(world.database.db);
    const [here, other] = [randomUUID(), randomUUID()];
    for (const [i, id] of [here, other].entries()) {
      const seen = new Date(NOW.getTime() - i * HOUR).toISOString();
      await sessions.insert({
        id,
        userId: person.userId,
        tokenHash: randomUUID(),
        csrfToken: 'csrf',
        userAgent: null,
        createdAt: seen,
        lastSeenAt: seen,
        expiresAt: new Date(NOW.getTime() + 7 * 24 * HOUR).toISOString(),
        authenticatedAt: seen,
      });
    }
    return { actor: actorFromSession({ userId: person.userId, id: here }), other };
  }

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    service = new AccountService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('a shorter idle time ends every session of the person’s sooner, at once', async () => {
    const { actor, other } = await signedIn('ana');
    const user = await service.updateProfile(actor, { displayName: 'Ana R.', sessionIdle: '2h' });
    expect(user).toMatchObject({ displayName: 'Ana R.', sessionIdleMinutes: 120 });
    const ends = new Map((await new SessionsRepo(world.database.db).list(actor, NOW.toISOString())).map((s) => [s.id, s.expiresAt]));
    expect(ends.get(actor.sessionId)).toBe(new Date(NOW.getTime() + 2 * HOUR).toISOString());
    expect(ends.get(other)).toBe(new Date(NOW.getTime() + HOUR).toISOString());
  });

  it('refuses a weak new password by its field and changes nothing', async () => {
    const { actor, other } = await signedIn('ben');
    const refused = await refusal(
      service.changePassword(actor, {
        user: { email: 'ben@example.org', displayName: 'ben' },
        newPassword: 'password1',
        keepDeviceHash: null,
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.errors?.every((e) => e.field === 'newPassword')).toBe(true);
    expect((await new UsersRepo(world.database.db).get(actor))?.passwordHash).toBe('h');
    expect((await new SessionsRepo(world.database.db).list(actor, NOW.toISOString())).map((s) => s.id)).toContain(other);
  });

  it('a new password ends other sessions, other trusted browsers, reset links and the calendar address together', async () => {
    const { actor, other } = await signedIn('cy');
    const devices = new TrustedDevicesRepo(world.database.db);
    await devices.trust(actor.userId, 'this-browser', NOW.toISOString());
    await devices.trust(actor.userId, 'old-laptop', NOW.toISOString());
    await new PasswordResetsRepo(world.database.db).issue(
      actor.userId,
      'reset-link',
      NOW.toISOString(),
      new Date(NOW.getTime() + HOUR).toISOString(),
    );
    await new CalendarTokensRepo(world.database.db).rotate(actor, 'calendar-token', NOW.toISOString());

    const newPassword = 'a quiet harbour at dusk, 1987';
    await service.changePassword(actor, {
      user: { email: 'cy@example.org', displayName: 'cy' },
      newPassword,
      keepDeviceHash: 'this-browser',
    });

    const user = await new UsersRepo(world.database.db).get(actor);
    expect(await verifyPassword(user!.passwordHash, newPassword)).toBe(true);
    const left = (await new SessionsRepo(world.database.db).list(actor, NOW.toISOString())).map((s) => s.id);
    expect(left).toEqual([actor.sessionId]);
    expect(left).not.toContain(other);
    expect(await devices.isTrusted(actor.userId, 'this-browser')).toBe(true);
    expect(await devices.isTrusted(actor.userId, 'old-laptop')).toBe(false);
    expect(await new PasswordResetsRepo(world.database.db).ownerOf('reset-link', NOW.toISOString())).toBeUndefined();
    expect(await new CalendarTokensRepo(world.database.db).owner('calendar-token')).toBeUndefined();
  });

  it('deleting an account tells the partner who stays that the pair ended, and only them', async () => {
    const { actor: leaving } = await signedIn('dee');
    const { actor: staying } = await signedIn('eve');
    const pairId = await world.pair(leaving, staying);
    const before = world.heard.length;
    await service.delete(leaving, 'dee@example.org');
    expect(await new UsersRepo(world.database.db).get(leaving)).toBeUndefined();
    expect(world.heard.slice(before).map((h) => [h.to, h.event.type, h.event.id])).toEqual([[staying.userId, 'pair.ended', pairId]]);
  });
});
