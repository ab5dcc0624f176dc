import { test, expect } from './support/test.js';
import { signUpQuickly, urgeQuickly } from './support/people.js';
import { signInWithEntries } from './support/screens.js';
import { InsightsPage } from './pages/InsightsPage.js';

const CHARTS = ['Urges, week by week', 'What you did with the urge', 'How long relief lasts', 'What sets it off', 'What helps you'];

test('with enough entries, every chart is drawn, hidden from screen readers, and told in a table', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signInWithEntries(page);
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.section('In a few words')).toContainText('You’ve logged 14 urges in this period.');

  for (const name of CHARTS) {
    const section = insights.section(name);
    await expect(section.locator('.chart-plot svg.recharts-surface'), name).toHaveCount(1);
    await expect(section.locator('.chart-plot'), name).toHaveAttribute('aria-hidden', 'true');
    await expect(section.getByRole('table'), name).toHaveCount(1);
    await expect(section.getByText('Not enough data yet'), name).toHaveCount(0);
  }
  // Nothing in a picture takes keyboard focus: the tables carry the numbers.
  await expect(page.locator('.chart-plot [tabindex="0"]')).toHaveCount(0);
  await expect(insights.section('What sets it off').getByRole('table')).toContainText('no reply yet');
  await expect(insights.section('What helps you').getByRole('table')).toContainText('Paced breathing');
  await expect(insights.section('What helps you').locator('.chart-interval')).toHaveCount(2);
  // Statistics words wait behind "How is this worked out?": the page itself speaks plainly.
  const firstGlance = await page.locator('main').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details.workings').forEach((d) => d.remove());
    return copy.textContent ?? '';
  });
  expect(firstGlance).not.toMatch(/Sen’s|Mann|slope|p = |p < |n = |95%|interval|confidence/i);
  await insights.section('What helps you').getByText('How is this worked out?').click();
  await expect(insights.section('What helps you').locator('details.workings')).toContainText('95% confidence interval');

  // Reduced motion: drawn in place, nothing grows or slides in.
  const moving = await page
    .locator('.chart-plot *')
    .evaluateAll((els) => els.filter((e) => /transition|animation/.test(e.getAttribute('style') ?? '')).length);
  expect(moving).toBe(0);
});

test('below the minimum, each chart says “not enough data yet” instead of guessing', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await urgeQuickly(page.request, csrf, { action: 'delayed', triggers: ['late reply'] });
  const insights = new InsightsPage(page);
  await insights.open();
  for (const name of CHARTS) {
    await expect(insights.section(name).getByText('Not enough data yet'), name).toBeVisible();
    await expect(insights.section(name).locator('svg'), name).toHaveCount(0);
  }
});
