import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LADDER_MAX_MINUTES, LADDER_MIN_MINUTES, grownFrom, outcomeOf, waitingLadder, type WaitInput } from './waiting-ladder.js';

let n = 0;
/** A wait of `delay` minutes rated `before` at the urge and `after` at the end of the wait (null: no rating). */
function wait(delay: number, before: number | null, after: number | null, extra: WaitInput['followUps'] = []): WaitInput {
  n += 1;
  return {
    urgeId: `u${n}`,
    occurredAt: new Date(Date.UTC(2026, 10, 1, 9) + n * 86_400_000).toISOString(),
    delayMinutes: delay,
    anxietyBefore: before,
    followUps: [...(after === null ? [] : [{ minutesAfter: delay + 2, anxiety: after }]), ...extra],
  };
}

describe('grownFrom', () => {
  it('adds a fifth, rounded to whole minutes, and never less than one minute', () => {
    expect(grownFrom(10)).toBe(12);
    expect(grownFrom(12)).toBe(14);
    expect(grownFrom(20)).toBe(24);
    expect(grownFrom(5)).toBe(6);
    expect(grownFrom(6)).toBe(7);
    expect(grownFrom(7)).toBe(8);
  });

  it('stays within 5 and 60 minutes', () => {
    expect(grownFrom(1)).toBe(6);
    expect(grownFrom(55)).toBe(60);
    expect(grownFrom(60)).toBe(60);
    expect(grownFrom(600)).toBe(60);
  });
});

describe('outcomeOf', () => {
  it('compares the urge’s anxiety with the first rating at or after the wait ended', () => {
    const w: WaitInput = {
      urgeId: 'a',
      occurredAt: '2026-11-01T09:00:00.000Z',
      delayMinutes: 10,
      anxietyBefore: 7,
      // Out of order on purpose; the rating at 4 minutes was during the wait and does not count.
      followUps: [
        { minutesAfter: 120, anxiety: 2 },
        { minutesAfter: 4, anxiety: 9 },
        { minutesAfter: 10, anxiety: 4 },
      ],
    };
    expect(outcomeOf(w)).toEqual({ anxietyAfter: 4, outcome: 'eased' });
  });

  it('calls a wait steady when anxiety did not fall, unrated when a rating is missing', () => {
    expect(outcomeOf(wait(10, 5, 5)).outcome).toBe('steady');
    expect(outcomeOf(wait(10, 5, 8)).outcome).toBe('steady');
    expect(outcomeOf(wait(10, null, 3))).toEqual({ anxietyAfter: 3, outcome: 'unrated' });
    expect(outcomeOf(wait(10, 6, null))).toEqual({ anxietyAfter: null, outcome: 'unrated' });
    // A wait cut short: the only rating came before it ended, so nothing is guessed from it.
    expect(outcomeOf(wait(20, 8, null, [{ minutesAfter: 6, anxiety: 2 }])).outcome).toBe('unrated');
  });
});

describe('waitingLadder', () => {
  it('has no suggestion before the first wait', () => {
    expect(waitingLadder([])).toEqual({ suggestedMinutes: null, grewFrom: null, steps: [], basis: { waits: 0, rated: 0, eased: 0 } });
  });

  it('grows a little after each wait that eased anxiety, and says which wait it grew from', () => {
    const a = wait(10, 7, 4);
    const b = wait(12, 6, 3);
    const ladder = waitingLadder([a, b]);
    expect(ladder.suggestedMinutes).toBe(14);
    expect(ladder.steps.map((s) => [s.waitedMinutes, s.outcome, s.suggestedAfter, s.grew])).toEqual([
      [10, 'eased', 12, true],
      [12, 'eased', 14, true],
    ]);
    expect(ladder.grewFrom).toMatchObject({ urgeId: b.urgeId, waitedMinutes: 12, anxietyBefore: 6, anxietyAfter: 3 });
    expect(ladder.basis).toEqual({ waits: 2, rated: 2, eased: 2 });
  });

  it('stays where it was after a wait that did not ease things, or had no rating, and never falls', () => {
    const ladder = waitingLadder([wait(10, 7, 4), wait(12, 5, 6), wait(5, 8, null), wait(5, 8, 8)]);
    expect(ladder.steps.map((s) => s.suggestedAfter)).toEqual([12, 12, 12, 12]);
    expect(ladder.suggestedMinutes).toBe(12);
    expect(ladder.grewFrom?.waitedMinutes).toBe(10);
    expect(ladder.basis).toEqual({ waits: 4, rated: 3, eased: 1 });
  });

  it('starts from the person’s own first wait when it did not ease things', () => {
    const ladder = waitingLadder([wait(20, 6, 6)]);
    expect(ladder.suggestedMinutes).toBe(20);
    expect(ladder.grewFrom).toBeNull();
    expect(ladder.steps[0]).toMatchObject({ outcome: 'steady', suggestedAfter: 20, grew: false });
  });

  it('grows from the wait actually taken, and a short wait that eased does not pull it down', () => {
    // Chose 20 after being offered 12: the next rung is from 20.
    expect(waitingLadder([wait(10, 7, 4), wait(20, 7, 3)]).suggestedMinutes).toBe(24);
    // Chose 5 after being offered 12: 12 is still on offer.
    const ladder = waitingLadder([wait(10, 7, 4), wait(5, 7, 3)]);
    expect(ladder.suggestedMinutes).toBe(12);
    expect(ladder.steps[1]).toMatchObject({ outcome: 'eased', grew: false });
    expect(ladder.grewFrom?.waitedMinutes).toBe(10);
  });

  it('leaves out waits of zero minutes', () => {
    expect(waitingLadder([wait(0, 7, 2)]).basis.waits).toBe(0);
  });

  it('holds at the top: long waits are kept as waited, the offer stops at 60', () => {
    const ladder = waitingLadder([wait(55, 8, 2), wait(60, 8, 2), wait(240, 8, 2)]);
    expect(ladder.steps.map((s) => s.suggestedAfter)).toEqual([60, 60, 60]);
    expect(ladder.steps.map((s) => s.waitedMinutes)).toEqual([55, 60, 240]);
    expect(ladder.grewFrom?.waitedMinutes).toBe(55);
  });

  it('over any sequence: stays in bounds, never falls, and grows only after an eased wait', () => {
    const arbWait = fc.record({
      delay: fc.integer({ min: 0, max: 1440 }),
      before: fc.option(fc.integer({ min: 0, max: 10 })),
      after: fc.option(fc.integer({ min: 0, max: 10 })),
    });
    fc.assert(
      fc.property(fc.array(arbWait, { maxLength: 40 }), (xs) => {
        const input = xs.map((x) => wait(x.delay, x.before, x.after));
        const ladder = waitingLadder(input);
        let prev: number | null = null;
        for (const s of ladder.steps) {
          expect(s.suggestedAfter).toBeGreaterThanOrEqual(LADDER_MIN_MINUTES);
          expect(s.suggestedAfter).toBeLessThanOrEqual(LADDER_MAX_MINUTES);
          if (prev !== null) {
            expect(s.suggestedAfter).toBeGreaterThanOrEqual(prev);
            if (s.outcome !== 'eased') expect(s.suggestedAfter).toBe(prev);
            // A rung is small: never more than a fifth (or one minute) above the wait it grew from.
            if (s.grew) expect(s.suggestedAfter).toBe(grownFrom(s.waitedMinutes));
          }
          prev = s.suggestedAfter;
        }
        expect(ladder.suggestedMinutes).toBe(prev);
        expect(ladder.basis.waits).toBe(xs.filter((x) => x.delay >= 1).length);
        // Same input, same answer: nothing depends on a clock.
        expect(waitingLadder(input.map((w) => ({ ...w })))).toEqual(ladder);
      }),
    );
  });
});
