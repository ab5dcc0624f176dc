import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SignupPage } from './pages/AuthPages.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { askToConfirmOnce } from './support/reauth.js';
import { expect, test } from './support/test.js';

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('a well-known password or the email itself is refused at sign-up, kindly and beside the field', async ({ page, console }) => {
  console.allow(400, /\/api\/v1\/auth\/signup$/);
  const person = newPerson({ password: 'password1234' });
  const signup = new SignupPage(page);
  await signup.goto();
  await expect(page.getByText('not your email or name and not a well-known password')).toBeVisible();
  await signup.fill(person);
  await signup.submit();
  await expect(page.getByText('This one is on lists of passwords people use most')).toBeVisible();
  await signup.fill({ password: person.email });
  await signup.submit();
  await expect(page.getByText('Choose something other than your email or name')).toBeVisible();
  await axe(page);
});

test('the idle time, links without sign-in, and a download that asks for the password again', async ({ page, console }) => {
  const { person, csrf } = await signUpQuickly(page, newPerson({ displayName: 'Noor' }));
  await writeQuickly(page.request, csrf, { text: 'A line only I should carry away.' });
  const calendar = await page.request.post('/api/v1/calendar/token', { headers: { 'x-csrf-token': csrf } });
  const feedUrl = new URL(((await calendar.json()) as { url: string }).url).pathname;

  const settings = new SettingsPage(page);
  await settings.goto();

  // The idle time: a week to start with, changed in one step.
  const idle = page.getByRole('region', { name: 'Staying signed in' }).getByLabel('Ask for my password again');
  await expect(idle).toHaveValue('7d');
  await settings.chooseSessionIdle('After 2 hours');
  await expect(page.getByText('It applies to every device you’re signed in on.')).toBeVisible();
  await page.reload();
  await expect(idle).toHaveValue('2h');

  // Links that work without signing in: the calendar feed is listed, and can be turned off.
  await expect(settings.capabilityLinks.getByText('Your calendar feed')).toBeVisible();
  await axe(page);
  await page.screenshot({ path: 'test-results/e2e/account-safety-settings.png', fullPage: true });
  await settings.turnOffCapabilityLinks();
  await expect(settings.capabilityLinks.getByText('None right now.')).toBeVisible();
  expect((await page.request.get(feedUrl)).status()).toBe(404);

  // Right after logging in the download just works.
  const fresh = readFileSync(await settings.download('CSV'), 'utf8');
  expect(fresh).toContain('A line only I should carry away.');

  // When the login is older, the server asks for the password (answered here as it would after
  // ten minutes), and the download goes ahead once it is given.
  console.allow(403, /\/api\/v1\/me\/export$/);
  console.allow(400, /\/api\/v1\/auth\/reauth$/);
  await askToConfirmOnce(page);
  const downloading = page.waitForEvent('download');
  await settings.exportLink('JSON').click();
  await expect(settings.confirmDialog).toBeVisible();
  await axe(page);
  await page.screenshot({ path: 'test-results/e2e/account-safety-confirm.png' });
  await settings.confirmDialog.getByLabel('Your password').fill('not my password at all');
  await settings.confirmDialog.getByRole('button', { name: 'Continue' }).click();
  await expect(settings.confirmDialog.getByText('This is not your password')).toBeVisible();
  await settings.confirmItsYou(person.password);
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { journal: { text: string }[] };
  expect(exported.journal.map((e) => e.text)).toEqual(['A line only I should carry away.']);
  await expect(settings.confirmDialog).toBeHidden();
});
