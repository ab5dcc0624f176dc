/**
 * Crisis detection on the held-out part of the evaluation set (src/core/safety/eval/): recall
 * and false-alarm rate overall and per category, each with its 95% Wilson interval and counts,
 * then the time to check a 20,000-character entry (ordinary writing, and writing dense with
 * crisis vocabulary). The held-out part is read here and in crisis.eval.test.ts only.
 */
import { performance } from 'node:perf_hooks';
import { negative, positive } from '../src/core/safety/crisis.cases.js';
import { detectCrisis } from '../src/core/safety/crisis.js';
import { measure, type Rate, readHeldOut } from '../scripts/crisis-data.js';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const show = (r: Rate) => `${pct(r.rate)} [${pct(r.ci[0])}, ${pct(r.ci[1])}] (${r.flagged}/${r.n})`;

/** About `size` characters of the given sentences, repeated in a fixed order. */
function entryOf(sentences: readonly string[], size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, size);
}

function time(text: string, runs: number): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) detectCrisis(text);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    detectCrisis(text);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(runs / 2)] as number, p95: ms[Math.floor(runs * 0.95)] as number };
}

export async function crisisBench(): Promise<void> {
  const held = readHeldOut();
  if (held === null) {
    console.log('crisis: no held-out file (src/core/safety/eval/crisis-eval.held-out.json); skipping the figures');
  } else {
    const m = measure(held.items, (t) => detectCrisis(t).crisis);
    console.log(`crisis (held-out, ${held.items.length} items; split: ${held.split})`);
    console.log(`  recall        ${show(m.recall)}`);
    console.log(`  false alarms  ${show(m.falseAlarms)}`);
    for (const c of m.byCategory) {
      console.log(`  ${c.label === 'crisis' ? 'recall      ' : 'false alarms'}  ${c.category.padEnd(28)} ${show(c)}`);
    }
  }
  const ordinary = time(entryOf(negative, 20_000), 200);
  const dense = time(entryOf(positive, 20_000), 200);
  console.log(`  20,000 characters, ordinary:      median ${ordinary.median.toFixed(2)} ms, p95 ${ordinary.p95.toFixed(2)} ms`);
  console.log(`  20,000 characters, crisis-dense:  median ${dense.median.toFixed(2)} ms, p95 ${dense.p95.toFixed(2)} ms`);
}
