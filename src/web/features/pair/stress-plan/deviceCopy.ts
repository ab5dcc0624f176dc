import type { StressPlanStep, StressPlanVersion } from '../../../../contracts/pair/stress-plan.js';
import { deviceDatabase } from '../../../offline/idb.js';

/**
 * The pair's agreed stress plan as this device last saw it, so SOS opened with no connection still
 * shows it (as it does the person's own safety plan). Only the accepted version and the partner's
 * name: nothing waiting, nothing either partner wrote elsewhere. Its own small IndexedDB database,
 * deleted whole on log-out, account deletion and when the pair ends (or no longer has a plan).
 */
export interface AgreedPlanCopy {
  userId: string;
  partner: string;
  version: number;
  steps: StressPlanStep[];
}

const STORE = 'plan';
const KEY = 'agreed';
const database = deviceDatabase<typeof STORE>('steady-stress-plan', 1, (db) => db.createObjectStore(STORE));

/** This person's copy, or null (none kept, no IndexedDB, or it was someone else's: then it goes). */
export async function readAgreedPlan(userId: string): Promise<AgreedPlanCopy | null> {
  try {
    if (!(await database.exists())) return null;
    const copy = ((await database.run(STORE, 'readonly', (s) => s.get(KEY))) as AgreedPlanCopy | undefined) ?? null;
    if (copy && copy.userId !== userId) {
      await forgetAgreedPlan();
      return null;
    }
    return copy;
  } catch {
    return null;
  }
}

/** Keeps the accepted version the server just returned; no accepted version forgets the copy. */
export async function keepAgreedPlan(userId: string, partner: string, current: StressPlanVersion | null): Promise<void> {
  if (!current) return forgetAgreedPlan();
  const copy: AgreedPlanCopy = { userId, partner, version: current.version, steps: current.steps };
  try {
    await database.run(STORE, 'readwrite', (s) => s.put(copy, KEY));
  } catch {
    // No IndexedDB (some private windows): SOS then shows the plan only when online.
  }
}

export function forgetAgreedPlan(): Promise<void> {
  return database.remove();
}
