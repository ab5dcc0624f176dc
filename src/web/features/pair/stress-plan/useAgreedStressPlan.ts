import { useEffect } from 'react';
import type { StressPlanStep } from '../../../../contracts/pair/stress-plan.js';
import { useLiveEvents } from '../../../live/useLiveEvents.js';
import { loaded } from '../../../query/loaded.js';
import { forgetAgreedPlan, keepAgreedPlan } from './deviceCopy.js';
import { useAgreedPlanCopy, useStressPlan } from './queries.js';

export interface AgreedPlan {
  steps: StressPlanStep[];
  partner: string;
}

/**
 * The pair's accepted stress plan for the signed-in person, or null (no pair, no plan: quietly).
 * The device copy shows at once, also with no connection; the server's answer (the same cached
 * query the stress plan screen reads) then replaces it, and an answer of "no pair" or "no
 * accepted plan" forgets it.
 */
export function useAgreedStressPlan(userId: string | null): AgreedPlan | null {
  // The partner accepts a new version, or the pair ends: live/invalidation.ts marks the plan stale.
  useLiveEvents(['stressplan.accepted', 'pair.ended']);
  const server = useStressPlan(Boolean(userId));
  const copy = useAgreedPlanCopy(userId).data ?? null;
  const load = loaded(server);
  const fresh = load.status === 'ready' ? load.data : null;
  const missing = load.status === 'missing';
  useEffect(() => {
    if (!userId) return;
    // What SOS shows with no connection follows what was just read; no pair (any more): nothing
    // shared stays on this device. Offline or a server that is unwell: the device copy stands.
    if (fresh) void keepAgreedPlan(userId, fresh.pair.partner.displayName, fresh.current);
    else if (missing) void forgetAgreedPlan();
  }, [userId, fresh, missing]);
  if (!userId || missing) return null;
  if (fresh) return fresh.current ? { steps: fresh.current.steps, partner: fresh.pair.partner.displayName } : null;
  return copy ? { steps: copy.steps, partner: copy.partner } : null;
}
