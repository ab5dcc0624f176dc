import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { SCREENS, prepare, reach } from './support/screens.js';
import { AppShell } from './pages/AppShell.js';

// Issue 13, group 7: halfway down most screens on a phone neither SOS nor "I want reassurance" was
// in view. Each signed-in screen is scrolled to its middle and its end at phone and laptop sizes,
// and both must be fully in the viewport there. Each screen is its own test in a fresh page, so the
// walk spreads over the workers and a failure names its screen; both sizes are checked in it.
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

test.describe.configure({ mode: 'parallel' });

test('SOS stays in view on the public pages too', async ({ page }) => {
  const shell = new AppShell(page);
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    for (const path of ['/', '/login']) {
      await page.goto(path);
      await shell.settled();
      await scrollTo(page, 'bottom');
      await expect(shell.sosLink, `${path} at ${viewport.width}×${viewport.height}`).toBeInViewport({ ratio: 1 });
    }
    await shell.openSos();
  }
});

for (const screen of WALKED) {
  test(`${screen.name}: SOS and “I want reassurance” stay in view at phone and laptop size`, async ({ page }) => {
    const shell = new AppShell(page);
    await page.emulateMedia({ reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
    const ctx = await prepare(page, screen);
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const size = `at ${device} size (${viewport.width}×${viewport.height})`;
      await page.setViewportSize(viewport);
      await reach(page, screen, ctx);
      for (const where of ['middle', 'bottom'] as const) {
        await scrollTo(page, where);
        await expect(shell.sosLink, `SOS, scrolled to the ${where}, ${size}`).toBeInViewport({ ratio: 1 });
        await expect(shell.urgeLink, `“I want reassurance”, scrolled to the ${where}, ${size}`).toBeInViewport({ ratio: 1 });
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
        expect(overlaps, `the footer’s last line is clear of the controls ${size}`).toBe(false);
      }
      if (TAP_SOS.has(screen.name)) {
        await shell.openSos();
        await page.goBack();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
    }
  });
}
