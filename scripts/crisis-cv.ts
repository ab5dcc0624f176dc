/**
 * Cross-validated figures for the crisis detector, for development: 5-fold, stratified, seeded
 * (scripts/crisis-train-lib.ts). Prints recall and false alarms with 95% Wilson intervals, per
 * category, for the development part of the evaluation set and for the training sentences, at
 * the decision the training script would choose. Never reads the held-out part.
 *
 * Usage: npx tsx scripts/crisis-cv.ts
 */
import { measure, type Rate } from './crisis-data.js';
import { DECISION } from '../src/core/safety/crisis-model.js';
import { allTrainingItems, chooseDecision, crossValidate, flagged, type Scored } from './crisis-train-lib.js';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const show = (r: Rate) => `${pct(r.rate)} [${pct(r.ci[0])}, ${pct(r.ci[1])}] (${r.flagged}/${r.n})`;

const t0 = Date.now();
const scored = crossValidate(allTrainingItems());
const best = chooseDecision(scored);
console.log(
  `best by cross-validation alone (at most 1.5% false alarms): threshold ${best.threshold}, rule bonus ${best.ruleBonus}, ` +
    `recall ${best.recall.toFixed(3)}, false alarms ${best.falseAlarms.toFixed(3)}`,
);
const d = DECISION;
console.log(
  `committed decision (also keeps crisis.cases.ts): threshold ${d.threshold}, rule bonus ${d.ruleBonus} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);

function report(name: string, xs: Scored[], flag: (s: Scored) => boolean) {
  const byText = new Map(xs.map((s) => [s.text, s]));
  const items = xs.map((s, i) => ({ id: String(i), text: s.text, label: s.label, category: s.category }));
  const m = measure(items, (t) => flag(byText.get(t) as Scored));
  console.log(`${name} (${xs.length} items, out-of-fold)`);
  console.log(`  recall        ${show(m.recall)}`);
  console.log(`  false alarms  ${show(m.falseAlarms)}`);
  for (const c of m.byCategory)
    console.log(`  ${c.label === 'crisis' ? 'recall      ' : 'false alarms'}  ${c.category.padEnd(28)} ${show(c)}`);
}

const dev = scored.filter((s) => s.source === 'dev');
report('development part, combined (committed decision)', dev, (s) => flagged(s, d));
report('development part, combined (best by cross-validation alone)', dev, (s) => flagged(s, best));
report('development part, rules only', dev, (s) => s.rules.length > 0);
report('development part, model only', dev, (s) => s.logit > d.threshold);
report(
  'training sentences and test cases, combined',
  scored.filter((s) => s.source !== 'dev'),
  (s) => flagged(s, d),
);
if (process.env.SHOW_ERRORS === '1') {
  for (const s of dev.filter((x) => flagged(x, d) !== (x.label === 'crisis')))
    console.log(
      `  ${s.label === 'crisis' ? 'missed' : 'false '} ${s.category.padEnd(16)} ${s.logit.toFixed(2)} ${s.rules.join(',') || '-'}  ${s.text.slice(0, 140)}`,
    );
}
