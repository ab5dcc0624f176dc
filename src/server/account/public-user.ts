import type { User } from '../../contracts/account/auth.js';
import { idleFromMinutes } from '../../core/account/session-policy.js';
import type { UserRow } from '../../db/account/users.repo.js';

/** The person as every answer shows them; its own file so sign-in, the account and the routes share it without importing each other. */
export function publicUser(u: UserRow): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    timeZone: u.timeZone,
    region: u.region,
    focus: u.focus,
    welcome: u.welcome,
    welcomedAt: u.welcomedAt,
    sessionIdle: idleFromMinutes(u.sessionIdleMinutes),
  };
}
