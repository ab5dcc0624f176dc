import { describe, expect, it } from 'vitest';
import { editTime, isEmptyPlan, normalisePlan, planCrisis, planTexts } from './safety-plan.js';
import type { SafetyPlanSteps } from '../../contracts/support/safety-plan.js';

const empty: SafetyPlanSteps = {
  warningSigns: [],
  copingAlone: [],
  distractions: [],
  helpers: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
};

describe('normalisePlan', () => {
  it('drops blank lines and empty contacts, trims, and keeps a repeated line once', () => {
    const plan = normalisePlan({
      ...empty,
      warningSigns: ['  I stop answering messages ', '', '   ', 'I stop answering messages'],
      helpers: [
        { name: ' Maya ', phone: ' +44 7700 900123 ' },
        { name: '', phone: '' },
      ],
      professionals: [
        { name: '', phone: '', note: '' },
        { name: 'Dr Okafor', phone: '', note: 'Tuesdays' },
      ],
    });
    expect(plan.warningSigns).toEqual(['I stop answering messages']);
    expect(plan.helpers).toEqual([{ name: 'Maya', phone: '+44 7700 900123' }]);
    expect(plan.professionals).toEqual([{ name: 'Dr Okafor', phone: '', note: 'Tuesdays' }]);
  });
});

describe('planTexts and planCrisis', () => {
  it('reads every step, names and notes included', () => {
    const plan = {
      ...empty,
      reasonsForLiving: ['my niece'],
      helpers: [{ name: 'Maya', phone: '1' }],
      professionals: [{ name: 'GP', phone: '', note: 'mornings' }],
    };
    expect(planTexts(plan)).toEqual(['my niece', 'Maya', 'GP', 'mornings']);
    expect(planCrisis(plan)).toBe(false);
    expect(planCrisis({ ...plan, warningSigns: ['I want to kill myself'] })).toBe(true);
  });

  it('knows an empty plan', () => {
    expect(isEmptyPlan(empty)).toBe(true);
    expect(isEmptyPlan({ ...empty, helpers: [{ name: '', phone: '999' }] })).toBe(false);
  });
});

describe('editTime', () => {
  const now = '2026-11-21T10:00:00.000Z';
  it('keeps the time the edit was made, in one text form so times compare as text', () => {
    expect(editTime('2026-11-21T09:00:00+00:00', now)).toBe('2026-11-21T09:00:00.000Z');
    expect(editTime('2026-11-21T10:30:00+01:00', now)).toBe('2026-11-21T09:30:00.000Z');
  });
  it('never dates an edit later than the moment it arrived', () => {
    expect(editTime('2027-01-01T00:00:00.000Z', now)).toBe(now);
  });
});
