import { useEffect, useSyncExternalStore } from 'react';
import { SAFETY_PLAN_NEWER, type SafetyPlan, type SafetyPlanSteps } from '../../../../contracts/support/safety-plan.js';
import { ApiError } from '../../../api/client.js';
import { forgetCopy, readCopy, writeCopy, type DeviceCopy } from './deviceCopy.js';
import { safetyPlanApi } from './api.js';

/**
 * The person's safety plan as this visit knows it: the device copy first (so it shows at once and
 * offline), then the server's. Every save is written to the device before it is sent; an edit
 * the server has not taken yet stays on the device and is sent again when the connection
 * returns. The server keeps whichever edit was made last, so sending one twice never doubles
 * anything, and an older edit from another device gives way to the newer one.
 */
export interface PlanState {
  /** False until the device copy has been read. */
  ready: boolean;
  copy: DeviceCopy | null;
  /** The server's verdict on the saved plan's words (unknown while only on this device). */
  crisis: boolean;
}

export type SaveOutcome = 'saved' | 'device' | 'newer';

let state: PlanState = { ready: false, copy: null, crisis: false };
const listeners = new Set<() => void>();
/** One change at a time: a save while a sync is in flight waits for it. */
let chain: Promise<unknown> = Promise.resolve();

function set(patch: Partial<PlanState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}

async function store(copy: DeviceCopy): Promise<void> {
  set({ copy });
  try {
    await writeCopy(copy);
  } catch {
    // No IndexedDB (some private windows): the plan still lives for this visit.
  }
}

/** What to show: the newest edit, sent or not. Null when there is no plan. */
export function visibleSteps(copy: DeviceCopy | null): SafetyPlanSteps | null {
  if (!copy) return null;
  return copy.edit?.steps ?? copy.saved;
}

export function hasPlan(copy: DeviceCopy | null): boolean {
  const steps = visibleSteps(copy);
  if (!steps) return false;
  return Object.values(stepsOnly(steps)).some((list: unknown[]) => list.length > 0);
}

/** The seven steps without the version and times. */
export function stepsOnly(plan: SafetyPlanSteps | SafetyPlan): SafetyPlanSteps {
  const { warningSigns, copingAlone, distractions, helpers, professionals, saferSurroundings, reasonsForLiving } = plan;
  return { warningSigns, copingAlone, distractions, helpers, professionals, saferSurroundings, reasonsForLiving };
}

/**
 * Whether the server has confirmed this session. An app started from the device's memory of who
 * is signed in has no CSRF token yet, so it keeps edits on the device until the session is
 * confirmed (the outbox waits the same way).
 */
let canSend = false;

/** Sends the waiting edit, if any. Must run inside `serial`. */
async function send(userId: string): Promise<SaveOutcome | null> {
  if (!canSend) return state.copy?.edit ? 'device' : null;
  const copy = state.copy;
  if (!copy || copy.userId !== userId || !copy.edit) return null;
  const edit = copy.edit;
  // Another edit made while this one was on its way stays waiting.
  const stillWaiting = () => (state.copy?.edit && state.copy.edit.editedAt !== edit.editedAt ? state.copy.edit : null);
  try {
    const res = await safetyPlanApi.put({ ...edit.steps, editedAt: edit.editedAt });
    set({ crisis: res.safety.crisis });
    await store({ userId, saved: res.plan, edit: stillWaiting() });
    return 'saved';
  } catch (err) {
    if (err instanceof ApiError && err.status === 0) return 'device';
    if (err instanceof ApiError && err.status === 409 && err.type === SAFETY_PLAN_NEWER) {
      await store({ userId, saved: err.problem.current as SafetyPlan, edit: stillWaiting() });
      return 'newer';
    }
    throw err;
  }
}

/** Reads the device copy, then (signed in and online) sends a waiting edit and refreshes from the server. */
export function loadPlan(userId: string | null): Promise<void> {
  return serial(async () => {
    let copy = state.ready ? state.copy : await readCopy();
    // Someone else's copy (they signed out without a connection, then this person signed in): not theirs to see.
    if (userId && copy && copy.userId !== userId) {
      await forgetCopy();
      copy = null;
    }
    set({ ready: true, copy });
    if (!userId || !canSend) return;
    try {
      await send(userId);
      if (state.copy?.edit) return;
      const res = await safetyPlanApi.get();
      set({ crisis: res.safety.crisis });
      // An edit made on this device while the answer was on its way is kept and sent next.
      await store({ userId, saved: res.plan, edit: state.copy?.edit ?? null });
    } catch {
      // Offline: the device copy stands.
    }
  });
}

/** Saves an edit: on the device first, then to the server when it can be reached. */
export function savePlan(userId: string, steps: SafetyPlanSteps): Promise<SaveOutcome> {
  return serial(async () => {
    const saved = state.copy?.userId === userId ? state.copy.saved : null;
    await store({ userId, saved, edit: { steps, editedAt: new Date().toISOString() } });
    return (await send(userId)) ?? 'device';
  });
}

/** Sends a waiting edit now (the connection came back). */
export function syncPlan(userId: string): Promise<SaveOutcome | null> {
  return serial(() => send(userId));
}

export function deletePlan(userId: string): Promise<void> {
  return serial(async () => {
    try {
      await safetyPlanApi.delete();
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404)) throw err;
    }
    await store({ userId, saved: null, edit: null });
  });
}

/** Log-out and account deletion: nothing of the plan stays on the device. */
export async function forgetPlan(): Promise<void> {
  state = { ready: false, copy: null, crisis: false };
  for (const l of listeners) l();
  await serial(() => forgetCopy());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePlanState(): PlanState {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * In the app shell: load once someone is known, and send a waiting edit when the connection
 * returns. `confirmed` is false while the app runs from the device's memory of the session.
 */
export function usePlanSync(userId: string | null, confirmed = true): void {
  useEffect(() => {
    canSend = Boolean(userId) && confirmed;
    void loadPlan(userId);
    // Unconfirmed, the session's own check on reconnecting confirms it, and this runs again.
    if (!userId || !confirmed) return;
    const onOnline = () => void syncPlan(userId).catch(() => undefined);
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [userId, confirmed]);
}
