/**
 * Issue 2 target: createJournalEntry and listJournalEntries on SQLite at 50 connections reach at
 * least 0.6× the throughput of a bare Fastify + better-sqlite3 baseline measured in the same run.
 *
 * Both servers run side by side and are measured in alternating rounds (baseline, Steady, baseline,
 * Steady, …); each round's ratio pairs it with the baseline round just before it, and the median of
 * those ratios is reported. On a shared machine throughput drifts by ±30% over a minute: measured
 * one after the other, that drift decided the ratio more than the servers did.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, row, startServer, stopServer, type Measured } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const body = JSON.stringify({
  text: 'Noticed the urge to text again, took a walk instead and felt it ease.',
  mood: 6,
  tags: ['walk', 'evening'],
});
const tsx = ['--import', 'tsx'];

interface Target {
  create: { url: string; headers: Record<string, string> };
  list: { url: string; headers: Record<string, string> };
}

async function baseline(port: number): Promise<{ child: ChildProcess; target: Target }> {
  const child = await startServer(
    [...tsx, 'bench/baseline-server.ts'],
    { PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-base-')) },
    /ready/,
  );
  const url = `http://127.0.0.1:${port}/entries`;
  return { child, target: { create: { url, headers: { 'content-type': 'application/json' } }, list: { url, headers: {} } } };
}

async function steady(port: number): Promise<{ child: ChildProcess; target: Target }> {
  const child = await startServer(
    ['bin/steady.mjs', 'serve'],
    { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-steady-')), DATABASE_URL: '' },
    /running at/,
  );
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
  return {
    child,
    target: {
      create: { url: `${url}/api/v1/journal`, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } },
      list: { url: `${url}/api/v1/journal?limit=20`, headers: { cookie } },
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Alternating rounds of one operation on both servers: each side's median round, and the median ratio. */
async function compare(
  base: Target[keyof Target],
  mine: Target[keyof Target],
  post: boolean,
): Promise<{ base: Measured; mine: Measured; ratio: number; ratios: number[] }> {
  const opts = (t: Target[keyof Target]) => ({
    url: t.url,
    headers: t.headers,
    duration: seconds,
    ...(post ? { method: 'POST' as const, body } : {}),
  });
  const b: Measured[] = [];
  const m: Measured[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await load(opts(base)));
    m.push(await load(opts(mine)));
  }
  const ratios = m.map((x, i) => x.rps / b[i]!.rps);
  const mid = (xs: Measured[]) => xs.find((x) => x.rps === median(xs.map((y) => y.rps)))!;
  return { base: mid(b), mine: mid(m), ratio: median(ratios), ratios };
}

export async function journalBench(): Promise<void> {
  console.log(`\nJournal API on SQLite, 50 connections, ${rounds} alternating rounds of ${seconds}s per server and operation`);
  const base = await baseline(18401);
  try {
    const mine = await steady(18402);
    try {
      const create = await compare(base.target.create, mine.target.create, true);
      const list = await compare(base.target.list, mine.target.list, false);
      const ratios = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
      console.log(row('baseline insert (Fastify+SQLite)', create.base));
      console.log(row('steady createJournalEntry', create.mine));
      console.log(row('baseline select 20', list.base));
      console.log(row('steady listJournalEntries', list.mine));
      console.log(`ratio createJournalEntry / baseline: ${create.ratio.toFixed(2)}×  (rounds: ${ratios(create.ratios)}; target ≥ 0.6×)`);
      console.log(`ratio listJournalEntries / baseline: ${list.ratio.toFixed(2)}×  (rounds: ${ratios(list.ratios)}; target ≥ 0.6×)`);
    } finally {
      await stopServer(mine.child);
    }
  } finally {
    await stopServer(base.child);
  }
}
