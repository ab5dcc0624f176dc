import type { TFunction } from 'i18next';
import type { ParkedTopic } from '../../../../contracts/pair/topics.js';
import type { UrgeAction } from '../../../../contracts/reassurance/urges.js';
import { registerForgetter } from '../../../auth/forget.js';

/**
 * What the pause flow needs to remember about an urge just logged: when it came (follow-ups are
 * minutes after that), what the person chose, and a running delay timer. Kept in memory only, so
 * a visit to the SOS page and back loses nothing, and logging out forgets it.
 */
export interface PauseState {
  occurredAt: string;
  action: UrgeAction;
  /** null: skipped when the urge was logged. */
  anxietyBefore: number | null;
  /** True while the urge waits on this device to be sent. */
  queued: boolean;
  crisis: boolean;
  /** `early`: the person chose to check in before the time was up. */
  timer: { minutes: number; startedAt: number; endsAt: number; early?: boolean } | null;
  /** Set once the timer's end has been answered. */
  followUp: { minutesAfter: number; anxiety: number; passed: Passed } | null;
  /** The topic parking made, when this device saw it made (not after a reload or while queued). */
  topic?: ParkedTopic;
}

export type Passed = 'yes' | 'partly' | 'no';

const pauses = new Map<string, PauseState>();

/**
 * A running timer is also kept on the device, so a reload mid-pause shows the same time left.
 * Only the timer (no words, no ratings) is stored, under the urge's unguessable id, and logging
 * out removes it.
 */
const TIMERS_KEY = 'steady:pause-timers';
type Timers = Record<string, NonNullable<PauseState['timer']>>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readTimers(): Timers {
  try {
    const raw = storage()?.getItem(TIMERS_KEY);
    return raw ? (JSON.parse(raw) as Timers) : {};
  } catch {
    return {};
  }
}

function keepTimer(ref: string, timer: PauseState['timer'], done: boolean) {
  const timers = readTimers();
  if (timer && !done) timers[ref] = timer;
  else delete timers[ref];
  // A day on, a timer is long over: keep the list from growing.
  for (const [k, t] of Object.entries(timers)) if (t.endsAt < Date.now() - 86_400_000) delete timers[k];
  try {
    storage()?.setItem(TIMERS_KEY, JSON.stringify(timers));
  } catch {
    // Storage full or blocked: the timer still runs in this tab.
  }
}

registerForgetter(() => {
  pauses.clear();
  storage()?.removeItem(TIMERS_KEY);
});

export const pauseStore = {
  get: (ref: string) => pauses.get(ref),
  set: (ref: string, state: PauseState) => {
    pauses.set(ref, state);
    keepTimer(ref, state.timer, state.followUp !== null);
  },
  update: (ref: string, patch: Partial<PauseState>) => {
    const current = pauses.get(ref);
    if (!current) return;
    const next = { ...current, ...patch };
    pauses.set(ref, next);
    keepTimer(ref, next.timer, next.followUp !== null);
  },
  /** The timer kept on this device for a pause, after a reload. */
  savedTimer: (ref: string): PauseState['timer'] => readTimers()[ref] ?? null,
};

/** Minutes between the urge and now: what a follow-up rating describes. */
export function minutesSince(occurredAt: string, now = Date.now()): number {
  const minutes = Math.round((now - Date.parse(occurredAt)) / 60_000);
  return Math.min(24 * 60, Math.max(0, Number.isFinite(minutes) ? minutes : 0));
}

/** "about 0 minutes later" says nothing true: under a minute is a moment. */
export function laterPhrase(minutes: number, t: TFunction<'urges'>): string {
  if (minutes < 1) return t('later.moment');
  return t('later.minutes', { minutes });
}
