/**
 * A check-in can be marked done from an hour before its start: enough for a couple who sit down a
 * little early, not so much that one done in the morning stands for the evening's talk.
 */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;

/** When a check-in that starts at `startsAt` (ISO-8601) may first be completed. */
export function checkInOpensAt(startsAt: string): Date {
  return new Date(Date.parse(startsAt) - CHECK_IN_OPENS_BEFORE_MS);
}

export function checkInIsOpen(startsAt: string, now: Date): boolean {
  return now.getTime() >= checkInOpensAt(startsAt).getTime();
}
