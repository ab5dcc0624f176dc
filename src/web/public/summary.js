/* global document, window */
// The printable summary is served as a plain page under a strict CSP (no inline script), so its
// Print button is wired up from this file.
document.getElementById('print-summary')?.addEventListener('click', () => window.print());
