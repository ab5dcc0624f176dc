import { describe, expect, it } from 'vitest';
import { durability } from '../attack/durability.js';
import { dialects } from '../support/dialects.js';

// CI runs two short rounds per database; `npm run attack:durability` runs twelve long ones
// (DURABILITY_ROUNDS, and DURABILITY_ACKS writes acknowledged before each kill).
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 2);
const ACKS = Number(process.env.DURABILITY_ACKS ?? 60);

describe.each(dialects())('kill -9 during a write storm on %s', (kind) => {
  it(
    `keeps every acknowledged journal entry and urge, word for word, over ${ROUNDS} rounds`,
    async () => {
      const results = await durability({
        kind,
        rounds: ROUNDS,
        acksBeforeKill: ACKS,
        log: (line) => process.env.DURABILITY_ROUNDS && console.log(line),
      });
      expect(results).toHaveLength(ROUNDS);
      for (const r of results) {
        // A storm that acknowledged nothing would prove nothing.
        expect(r.acknowledged, `round ${r.round}`).toBeGreaterThanOrEqual(ACKS);
        expect(r.lost, `round ${r.round}`).toEqual([]);
        expect(r.changed, `round ${r.round}`).toEqual([]);
      }
    },
    60_000 + ROUNDS * (30_000 + ACKS * 20),
  );
});
