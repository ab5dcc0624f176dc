import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Every test fails if the page logs an error: a script error, a CSP violation ("Refused to …"),
 * or a failed request the test did not expect.
 * Tests that provoke failures on purpose (a stranger's entry, a wrong password) declare them
 * with `console.allow`.
 */
export class ConsoleGuard {
  readonly problems: string[] = [];
  private readonly allowed: { status: number; url: RegExp }[] = [];

  private readonly allowedText: RegExp[] = [];

  allow(status: number, url: RegExp): void {
    this.allowed.push({ status, url });
  }

  /** For tests that cut the connection on purpose: the browser then logs each failed request. */
  allowMessage(text: RegExp): void {
    this.allowedText.push(text);
  }

  watch(page: Page): void {
    page.on('console', (msg) => this.onConsole(msg));
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.message}`));
  }

  private onConsole(msg: ConsoleMessage): void {
    if (msg.type() !== 'error' && !msg.text().startsWith('Refused to')) return;
    if (this.allowedText.some((t) => t.test(msg.text()))) return;
    const failed = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(msg.text());
    if (failed) {
      const status = Number(failed[1]);
      const url = msg.location().url;
      if (this.allowed.some((a) => a.status === status && a.url.test(url))) return;
    }
    this.problems.push(`${msg.type()}: ${msg.text()} (${msg.location().url})`);
  }
}

export const test = base.extend<{ console: ConsoleGuard }>({
  console: [
    async ({ page }, use) => {
      const guard = new ConsoleGuard();
      guard.watch(page);
      await use(guard);
      expect(guard.problems, 'the browser console should stay free of errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
