import { useEffect, useState } from 'react';
import type { StressPlanStep } from '../../../contracts/stress-plan.js';
import { ApiError } from '../../api/client.js';
import { useLiveEvents } from '../../live/useLiveEvents.js';
import { withPair } from '../requests/api.js';
import { stressPlanApi } from './api.js';
import { forgetAgreedPlan, keepAgreedPlan, readAgreedPlan } from './deviceCopy.js';

export interface AgreedPlan {
  steps: StressPlanStep[];
  partner: string;
}

/**
 * The pair's accepted stress plan for the signed-in person, or null (no pair, no plan: quietly).
 * The device copy shows at once, also with no connection; the server's answer then replaces it,
 * and an answer of "no pair" or "no accepted plan" forgets it.
 */
export function useAgreedStressPlan(userId: string | null): AgreedPlan | null {
  const [plan, setPlan] = useState<AgreedPlan | null>(null);
  const [asked, setAsked] = useState(0);
  // The partner accepts a new version, or the pair ends: ask again.
  useLiveEvents(['stressplan.accepted', 'pair.ended'], () => setAsked((n) => n + 1));
  useEffect(() => {
    if (!userId) {
      setPlan(null);
      return;
    }
    const controller = new AbortController();
    let fresh = false;
    void readAgreedPlan(userId).then((copy) => {
      if (!fresh && !controller.signal.aborted && copy) setPlan({ steps: copy.steps, partner: copy.partner });
    });
    withPair(controller.signal, () => stressPlanApi.get(controller.signal))
      .then(async ({ pair, current }) => {
        fresh = true;
        setPlan(current ? { steps: current.steps, partner: pair.partner.displayName } : null);
        await keepAgreedPlan(userId, pair.partner.displayName, current);
      })
      .catch(async (err: unknown) => {
        if (controller.signal.aborted) return;
        // No pair (any more): nothing shared stays on this device. Offline or a server that is
        // unwell: the device copy stands.
        if (err instanceof ApiError && err.status === 404) {
          fresh = true;
          setPlan(null);
          await forgetAgreedPlan();
        }
      });
    return () => controller.abort();
  }, [userId, asked]);
  return plan;
}
