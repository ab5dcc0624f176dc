import { mkdirSync } from 'node:fs';
import { test } from './support/test.js';
import { SCREENS, signInWithEntries } from './support/screens.js';

// Pictures of every screen for docs/screenshots, at phone and desktop sizes, light and dark.
// They are for people to look at (and for the README), not compared pixel by pixel.
// Committed pictures change only on purpose (UPDATE_SCREENSHOTS=1); ordinary runs write next to
// the other test output, so every test run does not rewrite a hundred binary files in the repo.
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const OUT = UPDATE ? 'docs/screenshots' : 'test-results/screenshots';
const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots: ${device}, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(240_000);
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      let ctx = { entryId: '', thoughtId: '', urgeId: '', csrf: '' };
      let signedIn = false;
      for (const screen of SCREENS) {
        if (screen.signedIn && !signedIn) {
          ctx = await signInWithEntries(page);
          signedIn = true;
        }
        await page.emulateMedia({ colorScheme, reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
        await screen.open(page, ctx);
        await page.screenshot({
          path: `${OUT}/${screen.name}-${device}-${colorScheme}.png`,
          fullPage: !screen.modal,
          animations: 'disabled',
        });
        if (screen.name === 'home' && device === 'desktop' && colorScheme === 'light') {
          await page.screenshot({ path: UPDATE ? 'docs/screenshot.png' : `${OUT}/readme.png`, animations: 'disabled' });
        }
      }
    });
  }
}
