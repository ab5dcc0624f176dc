/**
 * Breadth of connection (issue 6): how many contexts of life (family, friends, work, …) had
 * contact in a period, and how evenly contact spread across them, as Pielou's evenness — Shannon
 * entropy divided by its maximum, ln(number of contexts with contact): 1 when every context got
 * the same share, near 0 when nearly everything happened in one. Undefined (null) below two.
 */
export function breadth(countsByContext: Readonly<Record<string, number>>): { contexts: number; evenness: number | null } {
  const counts = Object.values(countsByContext).filter((c) => c > 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (counts.length < 2) return { contexts: counts.length, evenness: null };
  const h = -counts.reduce((s, c) => s + (c / total) * Math.log(c / total), 0);
  return { contexts: counts.length, evenness: Math.round((h / Math.log(counts.length)) * 1000) / 1000 };
}
