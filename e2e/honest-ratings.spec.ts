import { mkdirSync } from 'node:fs';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';
import { InsightsPage } from './pages/InsightsPage.js';

const SHOTS = '/tmp/honest-ratings-shots';

test('journal moods are charted on the insights by day, week and month, with how many they stand on', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { csrf } = await signUpQuickly(page);
  const insights = new InsightsPage(page);
  await insights.open();
  // None yet: the card says how to add one, and draws nothing.
  await expect(insights.mood.getByText('Not enough data yet')).toBeVisible();
  await expect(insights.mood).toContainText('No moods logged this week yet.');
  await expect(insights.mood.locator('svg')).toHaveCount(0);

  for (const mood of [3, 6, 8]) {
    const res = await page.request.post('/api/v1/journal', { data: { mood }, headers: { 'x-csrf-token': csrf } });
    expect(res.status()).toBe(201);
  }
  await page.request.post('/api/v1/journal', { data: { text: 'Words only, no mood' }, headers: { 'x-csrf-token': csrf } });
  await insights.open();
  await expect(insights.mood).toContainText('From 3 moods on 1 day this week.');
  await expect(insights.mood.locator('.chart-plot svg.recharts-surface')).toHaveCount(1);
  await expect(insights.mood.locator('.chart-plot')).toHaveAttribute('aria-hidden', 'true');
  const table = insights.mood.getByRole('table', { name: 'Mood by day' });
  await expect(table.getByRole('row')).toHaveCount(8);
  // The three moods of today together, and the days without one say so rather than showing a 0.
  await expect(table.getByRole('row').last()).toContainText(/5\.7\s*3/);
  await expect(table.getByRole('row').nth(1)).toContainText('none logged');
  expect(await insights.mood.textContent()).not.toMatch(/mean|average|median|n = |statistic/i);

  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    // Tall enough that the phone's fixed help bar sits below the card, not over it.
    await page.setViewportSize({ width, height: 1400 });
    await insights.mood.scrollIntoViewIfNeeded();
    await insights.mood.screenshot({ path: `${SHOTS}/mood-week-${width}.png` });
  }

  await insights.mood.getByLabel('This month').check();
  await expect(insights.mood).toContainText('From 3 moods on 1 day in the last 30 days.');
  await expect(table.getByRole('row')).toHaveCount(31);
  for (const width of [390, 1280]) {
    // Tall enough that the phone's fixed help bar sits below the card, not over it.
    await page.setViewportSize({ width, height: 1400 });
    await insights.mood.screenshot({ path: `${SHOTS}/mood-month-${width}.png` });
  }
  await insights.expectAccessible();
});
