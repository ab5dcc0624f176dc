import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { newPerson, signUpQuickly } from './support/people.js';
import { expect, test } from './support/test.js';

/*
 * Someone on their own, with no partner linked: every screen they can reach opens without a
 * request that answers 404 (the console guard fails the test on any), and the weekly look back
 * sits where the weekly review together would be.
 */

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('One moment…')).toHaveCount(0);
  await expect(page.getByText('Gathering your insights…')).toHaveCount(0);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SOLO_SCREENS = [
  '/home',
  '/reviews',
  '/support',
  '/over-time',
  '/pair',
  '/together',
  '/goals',
  '/cycles',
  '/people',
  '/people/review',
  '/people/insights',
  '/questionnaires',
  '/urges',
  '/journal',
  '/tools',
  '/insights',
  '/safety-plan',
  '/settings',
];

test('every screen someone on their own can open answers without a 404', async ({ page }) => {
  await signUpQuickly(page);
  for (const path of SOLO_SCREENS) {
    await page.goto(path);
    await settled(page);
  }
});

test('on their own, a person finds the weekly reflection from home, writes it, and it feeds their support page', async ({ page }) => {
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  await page.goto('/home');
  await page.getByRole('link', { name: /^Reviews/ }).click();
  await expect(page).toHaveURL(/\/reviews$/);
  const week = page.getByRole('region', { name: /^This week, for you/ });
  await expect(week).toBeVisible();
  await expect(page.getByText('The weekly review opens once you and your partner have linked your accounts.')).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  await week.getByLabel('What went well for me this week?').fill('I went for a walk with a neighbour.');
  await week.getByRole('button', { name: 'Save this week’s reflection' }).click();
  await expect(week.getByText('I went for a walk with a neighbour.')).toBeVisible();
  await expect(week.getByRole('status')).toContainText('Saved.');
  expect(await axe(page)).toEqual([]);
  // Still there after a reload: it was saved on the server, as the person's own.
  await page.reload();
  await expect(page.getByRole('region', { name: /^This week, for you/ }).getByText('I went for a walk with a neighbour.')).toBeVisible();

  // Feeling alone lately, with nobody on the map yet: the support page suggests support and one small step.
  const answered = await page.request.post('/api/v1/assessments', {
    data: { instrument: 'ucla3', answers: [3, 3, 2] },
    headers: { 'x-csrf-token': csrf },
  });
  expect(answered.status()).toBe(201);
  await page.goto('/support');
  await settled(page);
  const signal = page.getByRole('region', { name: 'It might help to talk to someone' });
  await expect(signal).toContainText('Lately you have often felt alone');
  await expect(signal.getByRole('heading', { name: 'One small step' })).toBeVisible();
  await expect(signal).not.toContainText(/UCLA|\b8\b/);
  expect(await axe(page)).toEqual([]);
  await signal.getByRole('link', { name: 'Add someone to your map' }).click();
  await expect(page).toHaveURL(/\/people\/new$/);
});
