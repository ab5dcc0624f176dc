import type { ReassuranceInsights } from '../../../contracts/insights.js';
import type { Tool } from '../../../contracts/tools.js';
import type { Urge } from '../../../contracts/urges.js';
import { weekStartOf } from '../../lib/weeks.js';
import { formatLocale } from '../../i18n/i18n.js';

export const TOOL_NAMES: Record<Tool, string> = {
  breathing: 'Paced breathing',
  grounding: '5-4-3-2-1 grounding',
  pmr: 'Muscle relaxation',
  reframe: 'Thought records',
  journal: 'Reflective writing',
};

export const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString(formatLocale(), { maximumFractionDigits: 1 });
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * A few plain sentences about the person's own data. They notice effort and never count
 * "asked anyway" against anyone; below the minimum they say nothing rather than guess.
 */
export function takeaways(ins: ReassuranceInsights, urges: Urge[], timeZone: string, now = new Date()): string[] {
  const out: string[] = [];
  const thisWeek = weekStartOf(now, timeZone);
  const week = urges.filter((u) => weekStartOf(u.occurredAt, timeZone) === thisWeek);
  const paused = week.filter((u) => u.action !== 'sought').length;
  if (paused > 0) out.push(`You paused ${times(paused)} this week. That’s the skill growing.`);
  else if (week.length > 0) out.push(`You noticed the urge ${times(week.length)} this week. Noticing comes first, and you’re doing it.`);

  if (ins.urgeCount > 0) {
    out.push(
      ins.urgeCount === 1
        ? 'You’ve logged one urge so far. Each one is a moment you caught the pattern instead of being carried by it.'
        : `You’ve logged ${ins.urgeCount} urges in this period. Each one is a moment you caught the pattern instead of being carried by it.`,
    );
  }

  const at = (series: ReassuranceInsights['reliefDecay']['sought'], minutes: 0 | 30 | 120) => {
    const p = series.find((x) => x.minutesAfter === minutes);
    return p && p.meanAnxiety !== null && p.n >= ins.minimum ? p.meanAnxiety : null;
  };
  const sought0 = at(ins.reliefDecay.sought, 0);
  const sought30 = at(ins.reliefDecay.sought, 30);
  const sought120 = at(ins.reliefDecay.sought, 120);
  if (sought30 !== null && sought120 !== null && sought120 > sought30) {
    out.push(
      `After asking, relief tended to fade: anxiety averaged ${one(sought30)} after half an hour and ${one(sought120)} after two hours. That fading is the loop, not a flaw in you.`,
    );
  } else if (sought0 !== null && sought120 !== null && sought120 >= sought0 - 0.5) {
    out.push(
      `Two hours after asking, anxiety was about where it started (${one(sought120)} out of 10). Relief from asking tends not to last.`,
    );
  }
  const other0 = at(ins.reliefDecay.other, 0);
  const other120 = at(ins.reliefDecay.other, 120) ?? at(ins.reliefDecay.other, 30);
  if (other0 !== null && other120 !== null && other120 < other0) {
    out.push(`When you paused instead, anxiety eased on its own, from ${one(other0)} to ${one(other120)} on average.`);
  }

  const best = ins.tools.filter((t) => t.n >= ins.minimum && t.meanDrop > 0).sort((a, b) => b.meanDrop - a.meanDrop)[0];
  if (best) out.push(`${TOOL_NAMES[best.tool]} helps you most so far: distress drops by ${one(best.meanDrop)} points on average.`);

  if (!out.length) out.push('Every urge you log adds to this picture. There’s no right number, and no wrong one.');
  return out;
}
