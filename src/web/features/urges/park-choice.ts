/**
 * How "park it" is offered, honestly for whoever is asking: a check-in is promised only to someone
 * with a partner; alone, it goes on their own list. While unknown (offline), neither is promised.
 */
export function parkChoice(partner: string | null | undefined): { label: string; hint: string } {
  if (partner === null) return { label: 'Keep it for my next reflection', hint: 'Set it down on your own list for a calmer moment' };
  if (partner === undefined) return { label: 'Park it for later', hint: 'Set it down and come back to it' };
  return { label: 'Park it for the check-in', hint: `Keep it for the time you agreed with ${partner}` };
}
