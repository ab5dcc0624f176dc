/**
 * Private words are held only in memory (never in browser storage). Modules that keep some
 * register a forget function here, and signing out calls them all, so the next person to use
 * this browser finds nothing.
 */
const forgetters = new Set<() => void>();

export function registerForgetter(forget: () => void): void {
  forgetters.add(forget);
}

export function forgetPrivateMemory(): void {
  for (const forget of forgetters) forget();
}
