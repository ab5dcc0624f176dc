import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { HttpUser } from './processes.js';

const run = promisify(execFile);
const bin = new URL('../../bin/steady.mjs', import.meta.url).pathname;
export const PASSWORD = 'correct horse battery staple';

/** Runs one `steady …` command; resolves with its exit code and output instead of throwing. */
export async function steady(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export function newEmail(): string {
  return `moving-${randomBytes(5).toString('hex')}@example.org`;
}

/** Signs up (or, with `login`, signs in) over a running server and returns a client for the session. */
export async function sessionOver(origin: string, email: string, how: 'signup' | 'login'): Promise<HttpUser> {
  const res = await fetch(`${origin}/api/v1/auth/${how}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      how === 'signup'
        ? { email, password: PASSWORD, displayName: 'Robin', timeZone: 'Europe/Berlin', region: 'DE' }
        : { email, password: PASSWORD },
    ),
  });
  if (res.status !== (how === 'signup' ? 201 : 200)) throw new Error(`${how} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.includes('steady_session='))!;
  return {
    id: body.user.id,
    cookie,
    csrf: body.csrfToken,
    async call(method, path, payload) {
      const r = await fetch(`${origin}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': body.csrfToken, ...(payload !== undefined && { 'content-type': 'application/json' }) },
        ...(payload !== undefined && { body: JSON.stringify(payload) }),
      });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
  };
}
