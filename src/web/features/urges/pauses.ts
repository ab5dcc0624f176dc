import type { UrgeAction } from '../../../contracts/urges.js';
import { registerForgetter } from '../../auth/forget.js';

/**
 * What the pause flow needs to remember about an urge just logged: when it came (follow-ups are
 * minutes after that), what the person chose, and a running delay timer. Kept in memory only, so
 * a visit to the SOS page and back loses nothing, and logging out forgets it.
 */
export interface PauseState {
  occurredAt: string;
  action: UrgeAction;
  anxietyBefore: number;
  /** True while the urge waits on this device to be sent. */
  queued: boolean;
  crisis: boolean;
  /** `early`: the person chose to check in before the time was up. */
  timer: { minutes: number; startedAt: number; endsAt: number; early?: boolean } | null;
  /** Set once the timer's end has been answered. */
  followUp: { minutesAfter: number; anxiety: number; passed: Passed } | null;
}

export type Passed = 'yes' | 'partly' | 'no';

const pauses = new Map<string, PauseState>();
registerForgetter(() => pauses.clear());

export const pauseStore = {
  get: (ref: string) => pauses.get(ref),
  set: (ref: string, state: PauseState) => void pauses.set(ref, state),
  update: (ref: string, patch: Partial<PauseState>) => {
    const current = pauses.get(ref);
    if (current) pauses.set(ref, { ...current, ...patch });
  },
};

/** Minutes between the urge and now: what a follow-up rating describes. */
export function minutesSince(occurredAt: string, now = Date.now()): number {
  const minutes = Math.round((now - Date.parse(occurredAt)) / 60_000);
  return Math.min(24 * 60, Math.max(0, Number.isFinite(minutes) ? minutes : 0));
}

/** "about 0 minutes later" says nothing true: under a minute is a moment. */
export function laterPhrase(minutes: number): string {
  if (minutes < 1) return 'a moment later';
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} later`;
}
