import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export interface Measured {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Starts a server process and resolves once it prints `match`. */
export function startServer(args: string[], env: Record<string, string>, match: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const watch = (d: Buffer) => {
      out += d.toString();
      if (!match.test(out)) return;
      // From here on the server's output (a log line per request) is drained unread: keeping and
      // searching it would spend the load generator's CPU, which shares this machine with the
      // server under test, and make whichever server logs more look slower than it is.
      child.stdout.off('data', watch);
      child.stdout.resume();
      resolve(child);
    };
    child.stdout.on('data', watch);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out.slice(-500)}`)));
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

export async function load(opts: autocannon.Options): Promise<Measured> {
  const r = await autocannon({ connections: 50, pipelining: 1, ...opts });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

export function row(name: string, m: Measured): string {
  return `${name.padEnd(34)} ${m.rps.toFixed(0).padStart(8)} req/s   p99 ${String(m.p99).padStart(5)} ms   ${m.errors + m.non2xx ? `(${m.errors} errors, ${m.non2xx} non-2xx)` : ''}`;
}

export interface Stats {
  median: number;
  p95: number;
}

/** Median and 95th percentile (nearest rank) of a sample. */
export function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}
