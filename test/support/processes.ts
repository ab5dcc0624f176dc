import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const bin = new URL('../../bin/steady.mjs', import.meta.url).pathname;

/** A new, empty PostgreSQL schema, and a DATABASE_URL whose connections live in it (search_path). */
export async function freshSchema(url: string): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const schema = `p_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    schema,
    url: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export interface ServerProcess {
  /** http://127.0.0.1:port */
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `steady serve` in a process of its own, on a free port; resolves once it is listening. */
export function serveProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIGNUP_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    // A process killed by a signal has a signalCode and no exitCode: it is gone all the same.
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const watch = (d: Buffer) => {
      out += d.toString();
      const m = /running at http:\/\/localhost:(\d+)/.exec(out);
      if (!m) return;
      child.stdout.off('data', watch);
      child.stdout.resume();
      resolve({ origin: `http://127.0.0.1:${m[1]}`, child, stop });
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-800)}`)));
  });
}

export interface HttpUser {
  id: string;
  cookie: string;
  csrf: string;
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

/** Signs a new person up through a running server's API. */
export async function signupOver(origin: string, password = 'correct horse battery staple'): Promise<HttpUser> {
  const email = `live-${randomBytes(5).toString('hex')}@example.org`;
  const res = await fetch(`${origin}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: 'Robin', timeZone: 'Europe/Berlin', region: 'DE' }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.includes('steady_session='))!;
  const user: HttpUser = {
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
  return user;
}
