import { mkdirSync } from 'node:fs';
import { test } from './support/test.js';
import { SCREENS, signInWithEntries } from './support/screens.js';

// Pictures of every screen for docs/screenshots, at phone and desktop sizes, light and dark.
// They are for people to look at (and for the README), not compared pixel by pixel.
const OUT = 'docs/screenshots';
const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots: ${device}, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(120_000);
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      let ctx = { entryId: '' };
      let signedIn = false;
      for (const screen of SCREENS) {
        if (screen.signedIn && !signedIn) {
          ctx = await signInWithEntries(page);
          signedIn = true;
        }
        await screen.open(page, ctx);
        await page.screenshot({
          path: `${OUT}/${screen.name}-${device}-${colorScheme}.png`,
          fullPage: !screen.modal,
          animations: 'disabled',
        });
        if (screen.name === 'home' && device === 'desktop' && colorScheme === 'light') {
          await page.screenshot({ path: 'docs/screenshot.png', animations: 'disabled' });
        }
      }
    });
  }
}
