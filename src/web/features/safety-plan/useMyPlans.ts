import { useEffect, useState } from 'react';
import { withPair } from '../requests/api.js';
import { stressPlanApi } from '../stress-plan/api.js';
import { hasPlan, usePlanState } from './planSync.js';

/** Which plans this person can reach for: their own safety plan, and the pair's agreed stress plan. */
export interface MyPlans {
  own: boolean;
  /** The partner's name when an agreed stress plan exists, else null. */
  jointWith: string | null;
}

export function useMyPlans(userId: string): MyPlans {
  const { copy } = usePlanState();
  const [jointWith, setJointWith] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    withPair(controller.signal, () => stressPlanApi.get(controller.signal))
      .then(({ pair, current }) => setJointWith(current ? pair.partner.displayName : null))
      // No pair, or offline: no joint plan to offer.
      .catch(() => setJointWith(null));
    return () => controller.abort();
  }, [userId]);
  return { own: hasPlan(copy?.userId === userId ? copy : null), jointWith };
}
