/** After a view swaps (read ↔ edit), put focus somewhere meaningful instead of losing it to the page. */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
