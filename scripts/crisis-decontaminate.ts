/**
 * Removes from src/core/safety/train/*.txt any sentence that is also in the evaluation set
 * (either part), compared as `sentenceKey` reads them. Sentences written independently can
 * still coincide ("cutting again"), and a training copy of an evaluation sentence would make
 * its figures mean less. Prints only counts: the held-out sentences are never shown.
 *
 * Usage: npx tsx scripts/crisis-decontaminate.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readDev, readHeldOut } from './crisis-data.js';
import { sentenceKey } from './crisis-train-lib.js';

const dir = new URL('../src/core/safety/train/', import.meta.url);
const dev = new Set((readDev()?.items ?? []).map((e) => sentenceKey(e.text)));
const held = new Set((readHeldOut()?.items ?? []).map((e) => sentenceKey(e.text)));
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const lines = readFileSync(new URL(name, dir), 'utf8').split('\n');
  let fromDev = 0;
  let fromHeld = 0;
  const kept = lines.filter((line) => {
    if (line.startsWith('## ') || line.trim() === '') return true;
    const k = sentenceKey(line);
    if (dev.has(k)) fromDev++;
    else if (held.has(k)) fromHeld++;
    else return true;
    return false;
  });
  if (fromDev + fromHeld > 0) writeFileSync(new URL(name, dir), kept.join('\n'));
  console.log(`${name}: removed ${fromDev} found in the development part, ${fromHeld} in the held-out part`);
}
