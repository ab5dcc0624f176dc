/**
 * Loneliness with a thin social map (issue 17): when the latest UCLA-3 answers say someone often
 * feels alone and their map holds few people or little recent contact, the support signals invite
 * them to reach out, and name one small step: one person to contact, or one person to add.
 * Never a label: the words say what was seen, and the score itself is not shown as a verdict.
 */
import type { SmallStep } from '../../contracts/support/support.js';
import type { ReachOut } from '../social/reach-out.js';

/**
 * UCLA-3 totals run 3–9. Its authors publish no cut-off; 6 and above is the split several large
 * studies use for "often lonely". It is read here only together with a thin map, never alone.
 */
export const LONELY_FROM = 6;
/** Answers older than this no longer describe "lately". */
export const LONELINESS_FRESH_DAYS = 90;
/** Fewer people than this on the map, or fewer contacts than this in the last 30 days, is a thin map. */
export const THIN_MAP_PEOPLE = 3;
export const THIN_MAP_CONTACTS = 2;
export const RECENT_CONTACT_DAYS = 30;

export interface BelongingInput {
  /** The latest UCLA-3, or null when never answered. */
  ucla3: { total: number; at: string } | null;
  /** Everyone on the map, with their latest contact. */
  people: ReadonlyArray<{ id: string; name: string; lastContactAt: string | null; createdAt: string }>;
  /** Interactions logged in the last RECENT_CONTACT_DAYS days. */
  recentInteractions: number;
  /** The reach-out list, most overdue first. */
  reachOut: readonly ReachOut[];
  now: Date;
}

const DAY_MS = 86_400_000;

export function feelsAlone(ucla3: BelongingInput['ucla3'], now: Date): boolean {
  if (!ucla3 || ucla3.total < LONELY_FROM) return false;
  const age = now.getTime() - Date.parse(ucla3.at);
  return age >= 0 && age <= LONELINESS_FRESH_DAYS * DAY_MS;
}

export function thinMap(people: number, recentInteractions: number): boolean {
  return people < THIN_MAP_PEOPLE || recentInteractions < THIN_MAP_CONTACTS;
}

/**
 * One step, the smallest there is: the person the reach-out list puts first; else whoever on the
 * map was in touch longest ago; else adding one person at all.
 */
export function oneSmallStep(input: Pick<BelongingInput, 'people' | 'reachOut'>): SmallStep {
  const first = input.reachOut[0];
  if (first) return { kind: 'reach-out', personId: first.personId, name: first.name };
  const since = (p: BelongingInput['people'][number]) => Date.parse(p.lastContactAt ?? p.createdAt);
  const quietest = [...input.people].sort((a, b) => since(a) - since(b) || a.name.localeCompare(b.name))[0];
  return quietest ? { kind: 'reach-out', personId: quietest.id, name: quietest.name } : { kind: 'add-someone' };
}

/** Null when the sign does not hold; else the step to suggest with it. */
export function lonelyWithThinMap(input: BelongingInput): SmallStep | null {
  if (!feelsAlone(input.ucla3, input.now)) return null;
  if (!thinMap(input.people.length, input.recentInteractions)) return null;
  return oneSmallStep(input);
}
