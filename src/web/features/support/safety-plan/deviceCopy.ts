import type { SafetyPlan, SafetyPlanSteps } from '../../../../contracts/support/safety-plan.js';
import { deviceDatabase } from '../../../offline/idb.js';

/**
 * The copy of the person's safety plan kept on this device, so it opens on the SOS screen with no
 * signal and can be edited offline. Its own small IndexedDB database (not the outbox): the plan is
 * one document replaced whole, so there is nothing to queue, only the newest edit to send.
 *
 * - `saved`: the plan as the server last returned it (null: none, as far as this device knows).
 * - `edit`: an edit not yet accepted by the server, with the moment it was made; the server keeps
 *   whichever edit was made last (see putSafetyPlan), so sending it again is always safe.
 *
 * It belongs to `userId`; logging out or deleting the account deletes the database.
 */
export interface DeviceCopy {
  userId: string;
  saved: SafetyPlan | null;
  edit: { steps: SafetyPlanSteps; editedAt: string } | null;
}

const STORE = 'plan';
const KEY = 'current';
const database = deviceDatabase<typeof STORE>('steady-safety-plan', 1, (db) => db.createObjectStore(STORE));

export async function readCopy(): Promise<DeviceCopy | null> {
  try {
    if (!(await database.exists())) return null;
    return ((await database.run(STORE, 'readonly', (s) => s.get(KEY))) as DeviceCopy | undefined) ?? null;
  } catch {
    // Private browsing without IndexedDB: the plan still comes from the server when online.
    return null;
  }
}

export async function writeCopy(copy: DeviceCopy): Promise<void> {
  await database.run(STORE, 'readwrite', (s) => s.put(copy, KEY));
}

/** Deletes the database with the plan in it (log-out, account deleted). */
export async function forgetCopy(): Promise<void> {
  await database.remove();
}
