// The plain test: the walk shares one page and guards its console itself, rather than opening a page per test.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { ConsoleGuard } from './support/test.js';
import { SCREENS, signInWithEntries, type ScreenContext } from './support/screens.js';
import { AppShell } from './pages/AppShell.js';

// Issue 13, group 7: halfway down most screens on a phone neither SOS nor "I want reassurance" was
// in view. Each signed-in screen is scrolled to its middle and its end at phone and laptop sizes,
// and both must be fully in the viewport there. One person walks the screens in order (some
// screens carry on from the one before), so each viewport signs in once and each screen is its own
// test, named for the screen that fails.
const VIEWPORTS = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } } as const;
// A confirm dialog makes the page behind it inert on purpose, until the person answers it.
const WALKED = SCREENS.filter((s) => s.signedIn && !s.modal);
// Tapping SOS is checked on a few screens of different kinds, to keep the walk quick.
const TAP_SOS = new Set(['home', 'insights', 'people']);

async function scrollTo(page: Page, where: 'middle' | 'bottom'): Promise<void> {
  await page.evaluate((w) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo({ top: w === 'middle' ? max / 2 : max, behavior: 'instant' });
  }, where);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`at ${device} size (${viewport.width}×${viewport.height})`, () => {
    let context: BrowserContext;
    let page: Page;
    let ctx: ScreenContext;
    const guard = new ConsoleGuard();

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(120_000);
      context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', reducedMotion: 'reduce' });
      page = await context.newPage();
      guard.watch(page);
      ctx = await signInWithEntries(page);
    });

    test.afterAll(async () => {
      await context.close();
    });

    test.afterEach(() => {
      expect(guard.problems, 'the browser console should stay free of errors').toEqual([]);
    });

    test('SOS stays in view on the public pages too', async ({ browser }) => {
      const visitor = await browser.newPage({ viewport });
      try {
        const shell = new AppShell(visitor);
        for (const path of ['/', '/login']) {
          await visitor.goto(path);
          await shell.settled();
          await scrollTo(visitor, 'bottom');
          await expect(shell.sosLink, path).toBeInViewport({ ratio: 1 });
        }
        await shell.openSos();
      } finally {
        await visitor.close();
      }
    });

    for (const screen of WALKED) {
      test(`${screen.name}: SOS and “I want reassurance” stay in view`, async () => {
        const shell = new AppShell(page);
        await page.emulateMedia({ reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
        await screen.open(page, ctx);
        for (const where of ['middle', 'bottom'] as const) {
          await scrollTo(page, where);
          await expect(shell.sosLink, `SOS, scrolled to the ${where}`).toBeInViewport({ ratio: 1 });
          await expect(shell.urgeLink, `“I want reassurance”, scrolled to the ${where}`).toBeInViewport({ ratio: 1 });
        }
        // At the very end, the last words of the page are not hidden under the controls.
        const last = await page.getByRole('contentinfo').locator('p').last().boundingBox();
        const sos = await shell.sosLink.boundingBox();
        const urge = await shell.urgeLink.boundingBox();
        expect(last && sos && urge, 'the footer and both controls have boxes').toBeTruthy();
        for (const control of [sos!, urge!]) {
          const overlaps =
            control.y < last!.y + last!.height &&
            last!.y < control.y + control.height &&
            control.x < last!.x + last!.width &&
            last!.x < control.x + control.width;
          expect(overlaps, 'the footer’s last line is clear of the controls').toBe(false);
        }
        if (TAP_SOS.has(screen.name)) {
          await shell.openSos();
          await page.goBack();
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        }
      });
    }
  });
}
