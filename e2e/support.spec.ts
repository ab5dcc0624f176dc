import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Answers item `index` (0-based) of the questionnaire on screen with the option labelled `label`. */
async function answer(page: Page, index: number, label: string): Promise<void> {
  await page.locator('fieldset.question').nth(index).getByRole('radio', { name: label, exact: true }).check();
}

async function fillAll(page: Page, count: number, label: string): Promise<void> {
  for (let i = 0; i < count; i += 1) await answer(page, i, label);
}

test('PHQ-9 with item 9 above 0 shows help at once; the result is a screening, not a diagnosis', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/questionnaires');
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
  await page.getByRole('link', { name: /PHQ-9/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Patient Health Questionnaire-9/ })).toBeVisible();
  // Verbatim item text, in a group named by its legend.
  await expect(page.getByRole('group', { name: /Thoughts that you would be better off dead/ })).toBeVisible();
  await fillAll(page, 8, 'Not at all');
  const crisis = page.getByRole('region', { name: 'You don’t have to hold this alone' });
  await expect(crisis).toHaveCount(0);
  await answer(page, 8, 'Several days');
  // At once, before anything is sent.
  await expect(crisis).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your PHQ-9 result' })).toBeFocused();
  await expect(crisis).toBeVisible();
  await expect(page.getByText('Score 1 of 27 — in the minimal range')).toBeVisible();
  await expect(page.getByText('This is a screening, not a diagnosis.')).toBeVisible();
  await expect(page.getByText(/Kroenke K, Spitzer RL/)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // From home, the way to finding support: a ninth answer above 0 is a reason on its own, whatever the total.
  await page.goto('/home');
  await page.getByRole('link', { name: /Finding support/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finding support' })).toBeVisible();
  await expect(page.getByText(/thoughts of being better off dead or of hurting yourself/)).toBeVisible();
});

test('GAD-7 twice shows the change; the support page then gives its reasons; a resource is added; the summary prints', async ({
  page,
  context,
}) => {
  await signUpQuickly(page);
  await page.goto('/questionnaires/gad7');
  await fillAll(page, 7, 'Several days');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('Score 7 of 21 — in the mild range')).toBeVisible();
  await expect(page.getByText(/Since last time/)).toHaveCount(0);

  await page.goto('/questionnaires/gad7');
  await expect(page.getByRole('group').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // Leaving one out is kindly pointed at.
  await fillAll(page, 6, 'Nearly every day');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('Please answer question 7 too.', { exact: false })).toBeVisible();
  await answer(page, 6, 'Nearly every day');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('Score 21 of 21 — in the severe range')).toBeVisible();
  await expect(page.getByText(/Since last time: a reliable worsening/)).toBeVisible();

  await page.goto('/questionnaires');
  const history = page.getByRole('region', { name: 'What you answered before' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history).toContainText('Since last time: a reliable worsening');
  expect(await axe(page)).toEqual([]);

  await page.getByRole('link', { name: 'Finding support' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finding support' })).toBeVisible();
  const signal = page.getByRole('region', { name: 'It might help to talk to someone' });
  await expect(signal).toContainText('Your latest GAD-7 score was 21');
  await expect(page.getByRole('heading', { name: 'What to look for in a therapist' })).toBeVisible();

  await page.getByLabel('Name').fill('Riverside Community Clinic');
  await page.getByLabel('Kind').selectOption('clinic');
  await page.getByLabel(/^Contact/).fill('0161 000 0000');
  await page.getByLabel(/^Cost/).fill('Sliding scale');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Riverside Community Clinic' })).toBeVisible();
  await expect(page.getByText('Cost: Sliding scale')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // Edit, then a second one added and removed.
  await page.getByRole('button', { name: 'Edit Riverside Community Clinic' }).click();
  await page
    .getByRole('listitem')
    .getByLabel(/^Notes/)
    .fill('Ask about Thursday evenings.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(page.locator('.resource-notes')).toHaveText('Ask about Thursday evenings.');
  await page.getByLabel('Name').fill('Sam, my sister');
  await page.getByLabel('Kind').selectOption('friend');
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sam, my sister' })).toBeVisible();
  await page.getByRole('button', { name: /^Remove Sam, my sister/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from my list' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sam, my sister' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Riverside Community Clinic' })).toBeVisible();

  // Nothing is picked for you; at least one is needed.
  await page.getByRole('button', { name: 'Open the summary' }).click();
  await expect(page.getByText('Choose at least one thing to include.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Questionnaire results' }).check();
  const [summary] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the summary' }).click()]);
  await summary.waitForLoadState();
  expect(summary.url()).toContain('/api/v1/summary?');
  expect(summary.url()).toContain('sections=assessments');
  const text = (await summary.textContent('body')) ?? '';
  expect(text).toContain('Questionnaires');
  expect(text).toContain('GAD-7');
  expect(text).not.toContain('Goals');
  expect(text).not.toContain('Urges to seek reassurance');
  expect(text).not.toContain('Pursue–withdraw cycles');
  const pdf = await summary.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await summary.close();
});

test('ECR-RS shows a point on two dimensions with no type labels; UCLA-3 shows its range and direction', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/questionnaires/ecr-rs');
  await fillAll(page, 9, 'Neutral');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('img', { name: 'Your point on two dimensions' })).toBeVisible();
  await expect(page.getByText(/Anxiety \(worry about closeness/)).toContainText('4');
  await expect(page.locator('main')).not.toContainText(/secure|preoccupied|dismissive|fearful/i);
  expect(await axe(page)).toEqual([]);

  await page.goto('/questionnaires/ucla3');
  await fillAll(page, 3, 'Some of the time');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByText('Score 6, on a scale from 3 to 9')).toBeVisible();
  await expect(page.getByText('Higher means lonelier.', { exact: false })).toBeVisible();

  await page.goto('/questionnaires/csi4');
  await expect(page.getByRole('group', { name: /degree of happiness/ }).getByRole('radio', { name: 'Perfect' })).toBeVisible();
});
