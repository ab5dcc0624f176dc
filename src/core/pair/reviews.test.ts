import { describe, expect, it } from 'vitest';
import { monthlyState, weeklyState } from './reviews.js';

const review = (authorId: string) => ({
  id: authorId,
  authorId,
  answers: [{ prompt: 'p', text: 't' }],
  submittedAt: '2026-11-21T10:00:00.000Z',
});

describe('weekly review reveal', () => {
  it('never shows the partner’s answers, nor whether they wrote, before both have', () => {
    expect(weeklyState('2026-11-16', null, review('b'))).toMatchObject({ status: 'not-submitted', mine: null, partner: null });
    expect(weeklyState('2026-11-16', review('a'), null)).toMatchObject({ status: 'waiting-for-partner', partner: null });
    expect(weeklyState('2026-11-16', review('a'), review('b'))).toMatchObject({ status: 'revealed', partner: { authorId: 'b' } });
  });
  it('keeps monthly reflections private', () => {
    expect(monthlyState('2026-11-01', review('a'))).toMatchObject({ status: 'private', partner: null });
    expect(monthlyState('2026-11-01', null).status).toBe('not-submitted');
  });
});
