import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './support/test.js';
import { SCREENS, signInWithEntries } from './support/screens.js';

// Each screen is checked in both colour schemes: contrast has to hold in the dark too.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen meets WCAG 2.1 AA (${colorScheme})`, async ({ page }) => {
    // One test walks every screen (about 60, with the social map), so it gets time in proportion.
    test.setTimeout(720_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const report: string[] = [];
    let ctx = { entryId: '', thoughtId: '', urgeId: '', csrf: '' };
    let signedIn = false;
    for (const screen of SCREENS) {
      if (screen.signedIn && !signedIn) {
        ctx = await signInWithEntries(page);
        signedIn = true;
      }
      await page.emulateMedia({ colorScheme, reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
      await screen.open(page, ctx);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) {
        report.push(`${screen.name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
      }
    }
    expect(report, report.join('\n')).toEqual([]);
  });
}

test('every screen has a title, one main heading and the skip link', async ({ page }) => {
  test.setTimeout(360_000);
  let ctx = { entryId: '', thoughtId: '', urgeId: '', csrf: '' };
  let signedIn = false;
  for (const screen of SCREENS) {
    if (screen.signedIn && !signedIn) {
      ctx = await signInWithEntries(page);
      signedIn = true;
    }
    await page.emulateMedia({ reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
    await screen.open(page, ctx);
    await expect(page, screen.name).toHaveTitle(/ · Steady$/);
    await expect(page.getByRole('heading', { level: 1 }), screen.name).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' }), screen.name).toHaveCount(1);
  }
});

test('moving between pages puts focus on the new page’s heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
});
