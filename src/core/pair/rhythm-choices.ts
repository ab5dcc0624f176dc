/**
 * The rhythms the agreement screen offers, read and written as RRULEs. Kept apart from
 * occurrences.ts so the web app can use them without bundling the recurrence library.
 */

/** Stored without an "RRULE:" prefix, upper case, so the feed and the screen show one form. */
export function normalizeRule(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/** The rhythms the agreement form offers before "write your own rule". */
export const RHYTHM_CHOICES = {
  daily: { label: 'Every day', byDay: null },
  weekdays: { label: 'Monday to Friday', byDay: 'MO,TU,WE,TH,FR' },
  weekly: { label: 'Once a week, on Sunday', byDay: 'SU' },
} as const;
export type RhythmChoice = keyof typeof RHYTHM_CHOICES;

/** A rule for one of the offered rhythms at `time` (HH:MM). */
export function ruleFor(choice: RhythmChoice, time: string): string {
  const [h, m] = time.split(':').map(Number);
  const at = `BYHOUR=${h ?? 20};BYMINUTE=${m ?? 0}`;
  const byDay = RHYTHM_CHOICES[choice].byDay;
  return byDay ? `FREQ=WEEKLY;BYDAY=${byDay};${at}` : `FREQ=DAILY;${at}`;
}

/** The offered rhythm and time a rule is, or null for a rule written by hand. */
export function readRule(rule: string): { choice: RhythmChoice; time: string } | null {
  for (const choice of Object.keys(RHYTHM_CHOICES) as RhythmChoice[]) {
    const m = /BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2})$/.exec(rule);
    if (m && ruleFor(choice, `${m[1]}:${m[2]}`) === normalizeRule(rule)) {
      return { choice, time: `${m[1]!.padStart(2, '0')}:${m[2]!.padStart(2, '0')}` };
    }
  }
  return null;
}

/** "Every day at 20:00", or the rule itself when it is one written by hand. */
export function describeRule(rule: string): string {
  const read = readRule(rule);
  return read ? `${RHYTHM_CHOICES[read.choice].label} at ${read.time}` : rule;
}
