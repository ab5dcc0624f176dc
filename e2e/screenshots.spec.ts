import { mkdirSync } from 'node:fs';
import { test } from './support/test.js';
import { SCREENS, prepare, reach } from './support/screens.js';

// Pictures of every screen for docs/screenshots, at phone and desktop sizes, light and dark.
// They are for people to look at (and for the README), not compared pixel by pixel, so they are
// not part of `npm test`: `npm run screenshots` takes them (see playwright.config.ts).
// Committed pictures change only on purpose (UPDATE_SCREENSHOTS=1); ordinary runs write next to
// the other test output, so every run does not rewrite a hundred binary files in the repo.
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const OUT = UPDATE ? 'docs/screenshots' : 'test-results/screenshots';
const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

test.describe.configure({ mode: 'parallel' });

for (const screen of SCREENS) {
  test(`${screen.name}: pictures at phone and desktop size, light and dark`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    const ctx = await prepare(page, screen);
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      // Opened again at each size, so what is laid out once (a chart's width) fits this one.
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
      await reach(page, screen, ctx);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({
          path: `${OUT}/${screen.name}-${device}-${colorScheme}.png`,
          fullPage: !screen.modal,
          animations: 'disabled',
        });
        if (screen.name === 'home' && device === 'desktop' && colorScheme === 'light') {
          await page.screenshot({ path: UPDATE ? 'docs/screenshot.png' : `${OUT}/readme.png`, animations: 'disabled' });
        }
      }
    }
  });
}
