import { User } from '../../contracts/account/auth.js';
import { outboxDb, run } from './idb.js';

/**
 * Who is signed in on this device, kept so the app can open signed in without the network (the
 * installed app on a train, a reload in a basement). Only what the shell needs to start: id, name,
 * time zone and region (for the right crisis lines), and the welcome's focus for home. No email, no password and no session token:
 * the session cookie is HttpOnly and stays the only proof of who someone is to the server.
 *
 * It lives in the outbox's database, so logging out (which deletes that database) forgets it with
 * everything queued; an ended session forgets it on its own (forgetSignedIn).
 */
// A copy kept before the welcome existed has no focus or welcome: it still opens the app (as "not
// chosen"), and the server's answer fills them in once it is reached.
export const ShellUser = User.omit({ email: true }).extend({
  focus: User.shape.focus.default([]),
  welcome: User.shape.welcome.default(null),
  welcomedAt: User.shape.welcomedAt.default(null),
  sessionIdle: User.shape.sessionIdle.default('7d'),
});
export type ShellUser = ReturnType<typeof ShellUser.parse>;

const KEY = 'device:signedIn';

export async function rememberSignedIn(user: ShellUser): Promise<void> {
  const kept: ShellUser = {
    id: user.id,
    displayName: user.displayName,
    timeZone: user.timeZone,
    region: user.region,
    focus: user.focus,
    welcome: user.welcome,
    welcomedAt: user.welcomedAt,
    sessionIdle: user.sessionIdle,
  };
  try {
    await run('meta', 'readwrite', (s) => s.put(kept, KEY));
  } catch {
    // No IndexedDB (some private windows): the app then needs the network to start, as before.
  }
}

/** The person last confirmed signed in on this device, or null. */
export async function rememberedUser(): Promise<ShellUser | null> {
  try {
    if (!(await outboxDb.exists())) return null;
    const kept = ShellUser.safeParse(await run('meta', 'readonly', (s) => s.get(KEY)));
    return kept.success ? kept.data : null;
  } catch {
    return null;
  }
}

export async function forgetSignedIn(): Promise<void> {
  try {
    if (!(await outboxDb.exists())) return;
    await run('meta', 'readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing was kept.
  }
}
