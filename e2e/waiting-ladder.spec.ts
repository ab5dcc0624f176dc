import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { listAll, signUpQuickly, urgeQuickly } from './support/people.js';
import { UrgePages } from './pages/UrgePages.js';

/*
 * The waiting ladder walked as a person would: one earlier wait that helped (set up through the
 * API), the pause offering a little longer, the offer taken and rated, the next pause offering a
 * little more again, and the insights showing the waits and how many they rest on.
 */

/** WCAG 2.1 AA in light and dark: the offer's soft background has to hold its contrast in both. */
async function axeClean(page: Page): Promise<void> {
  const report: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of results.violations) report.push(`${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(report).toEqual([]);
}

async function logWaiting(page: Page, urges: UrgePages): Promise<void> {
  await page.goto('/home');
  await urges.openLog();
  await urges.rate('How anxious do you feel?', 7);
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');
}

test('the offered wait grows from the person’s own waits, is taken, and shows in the insights', async ({ page }) => {
  // Playwright's clock: twelve minutes pass in an instant.
  await page.clock.install();
  const { csrf } = await signUpQuickly(page);
  const urges = new UrgePages(page);

  // Nothing to grow from yet: only the usual lengths.
  await logWaiting(page, urges);
  await expect(page.getByRole('button', { name: '5 minutes', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Try \d+ minutes$/ })).toHaveCount(0);

  await urgeQuickly(page.request, csrf, {
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    action: 'delayed',
    anxietyBefore: 7,
    delayMinutes: 10,
    followUps: [{ minutesAfter: 11, anxiety: 4 }],
  });
  await logWaiting(page, urges);
  await expect(
    page.getByText('When you waited 10 minutes, your anxiety went from 7 to 4. Would you like to try 12 minutes today?'),
  ).toBeVisible();
  // Always an offer: the usual lengths stay beside it.
  for (const m of [5, 10, 20]) await expect(page.getByRole('button', { name: `${m} minutes`, exact: true })).toBeVisible();
  await axeClean(page);

  await page.getByRole('button', { name: 'Try 12 minutes' }).click();
  await expect(page.getByRole('heading', { name: 'Waiting it out' })).toBeVisible();
  await page.clock.fastForward('12:01');
  await urges.answerTimer(3, 'It’s softer');
  await expect(page.getByRole('heading', { name: 'It has softened a little.', exact: false })).toBeVisible();
  await expect
    .poll(async () => (await listAll<{ delayMinutes: number | null }>(page.request, '/api/v1/urges')).map((u) => u.delayMinutes))
    .toContain(12);

  // The wait it just took helped, so the next pause offers a little more.
  await logWaiting(page, urges);
  await expect(
    page.getByText('When you waited 12 minutes, your anxiety went from 7 to 3. Would you like to try 14 minutes today?'),
  ).toBeVisible();

  await page.goto('/insights');
  const card = page.getByRole('region', { name: 'Waiting a little longer' });
  await expect(card.getByText('Next time, Steady will offer to wait 14 minutes.')).toBeVisible();
  // The first pause had no wait chosen; the third has not started: two waits so far.
  await expect(card.getByText('This comes from 2 waits you logged', { exact: false })).toBeVisible();
  const steps = card.getByRole('list', { name: 'Your most recent waits' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('you waited 10 minutes. Anxiety went from 7 to 4. The next offer grew to 12 minutes.');
  await expect(steps.nth(1)).toContainText('you waited 12 minutes. Anxiety went from 7 to 3. The next offer grew to 14 minutes.');
  await axeClean(page);
});

test('a wait stopped early is met kindly, and the offer stays where it was', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  const urges = new UrgePages(page);
  await urgeQuickly(page.request, csrf, {
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    action: 'delayed',
    anxietyBefore: 8,
    delayMinutes: 20,
    followUps: [{ minutesAfter: 25, anxiety: 5 }],
  });
  await logWaiting(page, urges);
  await page.getByRole('button', { name: 'Try 24 minutes' }).click();
  await page.getByRole('button', { name: 'I’m ready to check in now' }).click();
  await expect(page.getByText('Stopping before the timer ends is fine. Every minute you stayed with it counts.')).toBeVisible();
  await urges.answerTimer(6, 'Not yet');

  await logWaiting(page, urges);
  await expect(page.getByRole('button', { name: 'Try 24 minutes' })).toBeVisible();
  await page.goto('/insights');
  const card = page.getByRole('region', { name: 'Waiting a little longer' });
  await expect(card.getByText('No rating from after the wait, so nothing was read into it.')).toBeVisible();
  await axeClean(page);
});
