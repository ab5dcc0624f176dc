#!/usr/bin/env node
// Splits the crisis evaluation sentences ONCE into a development part and a held-out part.
//
// Why a script at all: the split must be reproducible from what is written in the files (the seed,
// the fraction, the order the sentences were read in) and must never be redone. It refuses to run
// when either output file exists, so no sentence can be moved between parts by running it again;
// new sentences go into a new, separately split file instead.
//
// Usage: node scripts/split-crisis-eval.mjs crisis:FILE… ordinary:FILE…
//   each FILE: an array of { text, category } as its writer made it, with its label before the colon.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HELD_OUT_FRACTION = 0.45;
const outDir = process.env.CRISIS_EVAL_OUT ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'safety', 'eval');
const devFile = join(outDir, 'crisis-eval.dev.json');
const heldFile = join(outDir, 'crisis-eval.held-out.json');

if (existsSync(devFile) || existsSync(heldFile)) {
  console.error('The evaluation set is already split; it is never split again.');
  process.exit(1);
}
const sources = process.argv.slice(2).map((arg) => {
  const [label, path] = arg.split(/:(.*)/s);
  if ((label !== 'crisis' && label !== 'ordinary') || !path) {
    console.error('usage: split-crisis-eval.mjs crisis:FILE… ordinary:FILE…');
    process.exit(2);
  }
  return { label, path };
});

// mulberry32: a tiny seeded generator, so the shuffle can be replayed from the seed in the files.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = randomBytes(4).readUInt32BE(0);
const random = mulberry32(seed);

const counters = { crisis: 0, ordinary: 0 };
const read = ({ path, label }) =>
  JSON.parse(readFileSync(path, 'utf8')).map((item) => ({
    id: `${label === 'crisis' ? 'c' : 'o'}${String(++counters[label]).padStart(4, '0')}`,
    text: String(item.text).trim(),
    label,
    category: String(item.category),
  }));

// Near-duplicates would let the held-out part be answered from memory of the development part
// (two writers were shown some of the same example idioms), so a sentence whose word set overlaps
// an earlier one's by 60% or more (Jaccard) is dropped before splitting, whichever part it would join.
const words = (text) =>
  new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  );
const jaccard = (a, b) => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
};
const kept = [];
let dropped = 0;
for (const item of sources.flatMap(read)) {
  const own = words(item.text);
  if (kept.some((k) => jaccard(own, k.words) >= 0.6)) {
    dropped++;
    continue;
  }
  kept.push({ item, words: own });
}
const all = kept.map((k) => k.item);

// Stratified by label and category: within each group, a Fisher–Yates shuffle and the first
// ceil(fraction × size) go to the held-out part, so every category is measured on unseen words.
const groups = new Map();
for (const item of all) {
  const key = `${item.label}/${item.category}`;
  groups.set(key, [...(groups.get(key) ?? []), item]);
}
const dev = [];
const held = [];
for (const key of [...groups.keys()].sort()) {
  const items = groups.get(key);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  const cut = Math.ceil(items.length * HELD_OUT_FRACTION);
  held.push(...items.slice(0, cut));
  dev.push(...items.slice(cut));
}
const byId = (a, b) => a.id.localeCompare(b.id);
dev.sort(byId);
held.sort(byId);

const split =
  `Split once on ${new Date().toISOString().slice(0, 10)} by scripts/split-crisis-eval.mjs: ` +
  `${all.length} sentences written fresh for this set by writers who did not see the detector's rules ` +
  `(${dropped} near-duplicates dropped first), grouped by label and category, shuffled in each ` +
  `group with mulberry32 seeded ${seed}, and the first ${HELD_OUT_FRACTION * 100}% (rounded up) of each ` +
  `group put in the held-out part. No rule, threshold, feature or weight is tuned on the held-out part, ` +
  `and no sentence ever moves between the parts.`;

mkdirSync(outDir, { recursive: true });
writeFileSync(devFile, JSON.stringify({ split, part: 'development', items: dev }, null, 1) + '\n');
writeFileSync(heldFile, JSON.stringify({ split, part: 'held-out', items: held }, null, 1) + '\n');
console.log(`development ${dev.length}, held-out ${held.length}, near-duplicates dropped ${dropped} (seed ${seed})`);
