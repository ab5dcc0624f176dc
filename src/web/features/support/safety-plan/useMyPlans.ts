import { useAgreedStressPlan } from '../../pair/stress-plan/useAgreedStressPlan.js';
import { hasPlan, usePlanState } from './planSync.js';

/** Which plans this person can reach for: their own safety plan, and the pair's agreed stress plan. */
export interface MyPlans {
  own: boolean;
  /** The partner's name when an agreed stress plan exists, else null. */
  jointWith: string | null;
}

export function useMyPlans(userId: string): MyPlans {
  const { copy } = usePlanState();
  const joint = useAgreedStressPlan(userId);
  return { own: hasPlan(copy?.userId === userId ? copy : null), jointWith: joint?.partner ?? null };
}
