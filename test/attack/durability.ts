import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbKind } from '../../src/db/database.js';
import { freshSchema, serveProcess, type ServerProcess } from '../support/processes.js';

/**
 * kill -9 in the middle of a write storm: many clients write journal entries and urges to a real
 * `steady serve`, each write the server acknowledged (2xx with an id) is written down, the server is
 * killed without warning, started again on the same database, and every acknowledged row must be
 * there with the words it was sent with. A write that was in flight at the kill is not counted: the
 * person never saw it saved.
 */

export interface DurabilityOptions {
  kind: DbKind;
  rounds: number;
  /** Concurrent writers per round. */
  clients?: number;
  /**
   * The kill comes once this many writes were acknowledged, plus a random moment more, so it lands
   * mid-storm however busy the machine is (a fixed time acknowledged almost nothing on a loaded one).
   */
  acksBeforeKill?: number;
  log?: (line: string) => void;
}

export interface RoundResult {
  round: number;
  acknowledged: number;
  lost: string[];
  changed: string[];
}

interface Person {
  cookie: string;
  csrf: string;
}

interface Ack {
  person: Person;
  kind: 'journal' | 'urges';
  id: string;
  text: string;
}

const PASSWORD = 'correct horse battery staple';

async function signUp(origin: string): Promise<Person> {
  const res = await fetch(`${origin}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `storm-${randomBytes(5).toString('hex')}@example.org`,
      password: PASSWORD,
      displayName: 'Kit',
      timeZone: 'UTC',
      region: 'GB',
    }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.includes('steady_session='))!;
  return { cookie, csrf: body.csrfToken };
}

function post(origin: string, p: Person, path: string, body: unknown) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Writes until the server stops answering; returns what it acknowledged. */
async function writer(origin: string, p: Person, tag: string, acks: Ack[]): Promise<void> {
  for (let i = 0; ; i++) {
    const text = `${tag}-${i}-${randomBytes(4).toString('hex')}`;
    const urge = i % 2 === 1;
    try {
      const res = urge
        ? await post(origin, p, '/api/v1/urges', {
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            intensity: 4,
            anxietyBefore: 6,
            triggers: ['storm'],
            action: 'delayed',
            note: text,
          })
        : await post(origin, p, '/api/v1/journal', { text, tags: ['storm'] });
      if (res.status >= 200 && res.status < 300) {
        const body = (await res.json()) as { entry?: { id: string }; urge?: { id: string } };
        const id = body.entry?.id ?? body.urge?.id;
        if (id) acks.push({ person: p, kind: urge ? 'urges' : 'journal', id, text });
      } else await res.body?.cancel();
    } catch {
      return; // the server is gone
    }
  }
}

/** Every acknowledged row, read back through the API from the restarted server; returns what is wrong. */
async function verify(origin: string, acks: Ack[]): Promise<{ lost: string[]; changed: string[] }> {
  const lost: string[] = [];
  const changed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < acks.length) {
      const a = acks[next++]!;
      const res = await fetch(`${origin}/api/v1/${a.kind}/${a.id}`, { headers: { cookie: a.person.cookie } });
      if (res.status !== 200) {
        lost.push(`${a.kind}/${a.id} (${res.status})`);
        await res.body?.cancel();
        continue;
      }
      const body = (await res.json()) as { entry?: { text: string }; urge?: { note: string | null } };
      const stored = a.kind === 'journal' ? body.entry?.text : body.urge?.note;
      if (stored !== a.text) changed.push(`${a.kind}/${a.id}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { lost, changed };
}

function kill9(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => server.child.once('exit', () => r()));
  server.child.kill('SIGKILL');
  return exited;
}

export async function durability(opts: DurabilityOptions): Promise<RoundResult[]> {
  const clients = opts.clients ?? 16;
  const target = opts.acksBeforeKill ?? 60;
  const log = opts.log ?? (() => undefined);
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (opts.kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'steady-durability-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const schema = await freshSchema(process.env.TEST_DATABASE_URL!);
    env = { DATABASE_URL: schema.url };
    cleanup = () => schema.drop();
  }
  const results: RoundResult[] = [];
  let server = await serveProcess(env);
  try {
    const people = await Promise.all(Array.from({ length: Math.min(clients, 4) }, () => signUp(server.origin)));
    for (let round = 1; round <= opts.rounds; round++) {
      const acks: Ack[] = [];
      const writers = Array.from({ length: clients }, (_, i) => writer(server.origin, people[i % people.length]!, `r${round}c${i}`, acks));
      const deadline = Date.now() + 60_000;
      while (acks.length < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, Math.random() * 150));
      await kill9(server);
      await Promise.all(writers);
      server = await serveProcess(env);
      const { lost, changed } = await verify(server.origin, acks);
      results.push({ round, acknowledged: acks.length, lost, changed });
      log(`${opts.kind} round ${round}: ${acks.length} acknowledged, ${lost.length} lost, ${changed.length} changed`);
    }
  } finally {
    await server.stop();
    await cleanup();
  }
  return results;
}
