import type { TFunction } from 'i18next';
import type { ReassuranceInsights } from '../../../../contracts/reassurance/insights.js';
import type { Tool } from '../../../../contracts/reassurance/tools.js';
import type { Urge } from '../../../../contracts/reassurance/urges.js';
import { formatNumber } from '../../../lib/dates.js';
import { weekStartOf } from '../../../lib/weeks.js';

/** A tool's name in the insights catalog. */
export const toolName = (tool: Tool, t: TFunction<'insights'>) => t(`tools.names.${tool}`);

/** One decimal at most, in the person's language (5,5 in Spanish). */
export const one = (n: number) => formatNumber(Math.round(n * 10) / 10, { maximumFractionDigits: 1 });

/**
 * A few plain sentences about the person's own data. They notice effort and never count
 * "asked anyway" against anyone; below the minimum they say nothing rather than guess.
 */
export function takeaways(ins: ReassuranceInsights, urges: Urge[], timeZone: string, t: TFunction<'insights'>, now = new Date()): string[] {
  const out: string[] = [];
  const thisWeek = weekStartOf(now, timeZone);
  const week = urges.filter((u) => weekStartOf(u.occurredAt, timeZone) === thisWeek);
  const paused = week.filter((u) => u.action !== 'sought').length;
  if (paused > 0) out.push(t('takeaways.paused', { count: paused }));
  else if (week.length > 0) out.push(t('takeaways.noticed', { count: week.length }));

  if (ins.urgeCount > 0) out.push(t('takeaways.logged', { count: ins.urgeCount }));

  const at = (series: ReassuranceInsights['reliefDecay']['sought'], minutes: 0 | 30 | 120) => {
    const p = series.find((x) => x.minutesAfter === minutes);
    return p && p.meanAnxiety !== null && p.n >= ins.minimum ? p.meanAnxiety : null;
  };
  const sought0 = at(ins.reliefDecay.sought, 0);
  const sought30 = at(ins.reliefDecay.sought, 30);
  const sought120 = at(ins.reliefDecay.sought, 120);
  if (sought30 !== null && sought120 !== null && sought120 > sought30) {
    out.push(t('takeaways.fading', { at30: one(sought30), at120: one(sought120) }));
  } else if (sought0 !== null && sought120 !== null && sought120 >= sought0 - 0.5) {
    out.push(t('takeaways.backWhereStarted', { at120: one(sought120) }));
  }
  const other0 = at(ins.reliefDecay.other, 0);
  const other120 = at(ins.reliefDecay.other, 120) ?? at(ins.reliefDecay.other, 30);
  if (other0 !== null && other120 !== null && other120 < other0) {
    out.push(t('takeaways.eased', { from: one(other0), to: one(other120) }));
  }

  const best = ins.tools.filter((x) => x.n >= ins.minimum && x.meanDrop > 0).sort((a, b) => b.meanDrop - a.meanDrop)[0];
  if (best) out.push(t('takeaways.bestTool', { tool: toolName(best.tool, t), drop: one(best.meanDrop) }));

  if (!out.length) out.push(t('takeaways.nothingYet'));
  return out;
}
