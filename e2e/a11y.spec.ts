import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './support/test.js';
import { SCREENS, visit } from './support/screens.js';

// One test per screen, each in a fresh page, so the walk spreads over the workers and a failure
// names its screen.
test.describe.configure({ mode: 'parallel' });

for (const screen of SCREENS) {
  test(`${screen.name}: meets WCAG 2.1 AA in light and dark, with a title, one main heading and the skip link`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: screen.motion ? 'no-preference' : 'reduce' });
    await visit(page, screen);
    await expect(page).toHaveTitle(/ · Steady$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCount(1);
    // Contrast has to hold in the dark too; the same page is checked again in the other scheme.
    const report: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) {
        report.push(`${colorScheme}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
      }
    }
    expect(report, report.join('\n')).toEqual([]);
  });
}

test('moving between pages puts focus on the new page’s heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
});
