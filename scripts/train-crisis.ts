/**
 * Trains the crisis model and writes src/core/safety/model/crisis-weights.ts.
 *
 * Reproducible: the data (development part, src/core/safety/train/, crisis.cases.ts), the
 * augmentation, the folds and the SGD order all come from one seed, so running it again gives
 * the same file (crisis.eval.test.ts checks this). The decision (threshold and rule bonus) is
 * chosen by 5-fold cross-validation, targeting at most 1.5% false alarms. The held-out part of
 * the evaluation set is never read here.
 *
 * Usage: npx tsx scripts/train-crisis.ts && npx prettier --write src/core/safety/model/crisis-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { build, weightsSource } from './crisis-train-lib.js';

const t0 = Date.now();
const { model, decision } = build();
writeFileSync(new URL('../src/core/safety/model/crisis-weights.ts', import.meta.url), weightsSource(model, decision));
console.log(
  `wrote crisis-weights.ts: threshold ${decision.threshold}, rule bonus ${decision.ruleBonus}; cross-validated on the development part: ` +
    `recall ${decision.recall.toFixed(3)}, false alarms ${decision.falseAlarms.toFixed(3)} (target ${decision.target.toFixed(3)}; ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);
