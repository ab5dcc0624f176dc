/**
 * Issue 2 target: createJournalEntry and listJournalEntries on SQLite at 50 connections reach at
 * least 0.6× the throughput of a bare Fastify + better-sqlite3 baseline measured in the same run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, row, startServer, stopServer, type Measured } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const body = JSON.stringify({
  text: 'Noticed the urge to text again, took a walk instead and felt it ease.',
  mood: 6,
  tags: ['walk', 'evening'],
});
const tsx = ['--import', 'tsx'];

async function baseline(port: number): Promise<{ create: Measured; list: Measured }> {
  const child = await startServer(
    [...tsx, 'bench/baseline-server.ts'],
    { PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-base-')) },
    /ready/,
  );
  try {
    const url = `http://127.0.0.1:${port}`;
    const create = await load({
      url: `${url}/entries`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duration: seconds,
    });
    const list = await load({ url: `${url}/entries`, duration: seconds });
    return { create, list };
  } finally {
    await stopServer(child);
  }
}

async function steady(port: number): Promise<{ create: Measured; list: Measured }> {
  const child = await startServer(
    ['bin/steady.mjs', 'serve'],
    { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-steady-')), DATABASE_URL: '' },
    /running at/,
  );
  try {
    const url = `http://127.0.0.1:${port}`;
    const res = await fetch(`${url}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'bench@example.org',
        password: 'a long bench passphrase',
        displayName: 'Bench',
        timeZone: 'UTC',
        region: 'GB',
      }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const create = await load({ url: `${url}/api/v1/journal`, method: 'POST', headers, body, duration: seconds });
    const list = await load({ url: `${url}/api/v1/journal?limit=20`, headers: { cookie }, duration: seconds });
    return { create, list };
  } finally {
    await stopServer(child);
  }
}

export async function journalBench(): Promise<void> {
  console.log(`\nJournal API on SQLite, 50 connections, ${seconds}s per measurement`);
  const base = await baseline(18401);
  const mine = await steady(18402);
  console.log(row('baseline insert (Fastify+SQLite)', base.create));
  console.log(row('steady createJournalEntry', mine.create));
  console.log(row('baseline select 20', base.list));
  console.log(row('steady listJournalEntries', mine.list));
  const ratio = (a: Measured, b: Measured) => (a.rps / b.rps).toFixed(2);
  console.log(`ratio createJournalEntry / baseline: ${ratio(mine.create, base.create)}×  (target ≥ 0.6×)`);
  console.log(`ratio listJournalEntries / baseline: ${ratio(mine.list, base.list)}×  (target ≥ 0.6×)`);
}
