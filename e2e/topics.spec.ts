import type { Page } from '@playwright/test';
import { PairPages } from './pages/PairPages.js';
import { UrgePages } from './pages/UrgePages.js';
import { linkQuickly } from './support/pair.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { ConsoleGuard, expect, test } from './support/test.js';

async function twoPartners(page: Page, other: Page) {
  const alex = await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  const billie = await signUpQuickly(other, newPerson({ displayName: 'Billie' }));
  await linkQuickly({ page, csrf: alex.csrf }, { page: other, csrf: billie.csrf });
}

test('a topic parked after a shared one is private unless ticked again', async ({ page, browser }) => {
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  await twoPartners(page, other);
  const alex = new PairPages(page);
  await alex.open();
  await alex.parkAs('Where we spend New Year', true);
  await expect(page.getByText('Parked for your next check-in; Billie will see it there.')).toBeVisible();
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /^Share it with/ })).not.toBeChecked();
  // The next one is written and parked without touching the box: it must stay Alex's alone.
  await alex.parkAs('Something I am not ready to share', null);
  await expect(page.getByText('Parked, just for you.')).toBeVisible();
  // Rewording is writing too: words of crisis bring the support beside the topic, and are kept.
  await alex.editTopic('Something I am not ready to share', 'some days i want to end my life');
  const reworded = page.getByRole('listitem').filter({ hasText: 'some days i want to end my life' });
  await expect(reworded.getByTestId('crisis-panel')).toBeVisible();
  await expect(reworded.getByTestId('crisis-panel')).toContainText('saved exactly as you wrote it');

  await other.goto('/pair/check-in');
  await expect(other.getByText('Where we spend New Year')).toBeVisible();
  await expect(other.getByText('Something I am not ready to share')).toHaveCount(0);
  await expect(other.getByText('some days i want to end my life')).toHaveCount(0);
  await otherContext.close();
});

test('the author rewords, unshares and deletes a topic, and the partner’s screens drop it live', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  const otherConsole = new ConsoleGuard();
  otherConsole.watch(other);
  await twoPartners(page, other);
  const alex = new PairPages(page);
  const billie = new PairPages(other);
  await alex.open();
  await alex.parkAs('Visiting my parents', true);
  await alex.parkAs('Money worries', true);
  await billie.open();
  await expect(other.getByText('Visiting my parents')).toBeVisible();
  await other.goto('/pair/check-in');
  await expect(other.getByText('Money worries')).toBeVisible();

  await alex.editTopic('Visiting my parents', 'Visiting my parents in March');
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await alex.unshareTopic('Money worries');
  await expect(page.getByText('Only you can see it now.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Money worries' }).getByText('Only you', { exact: true })).toBeVisible();
  await alex.expectAccessible();
  // Billie's open check-in drops the unshared topic without a reload.
  await expect(other.getByText('Money worries')).toHaveCount(0);
  await expect(other.getByText('Visiting my parents in March')).toBeVisible();

  await alex.deleteTopic('Visiting my parents in March');
  await expect(page.getByText('Visiting my parents in March')).toHaveCount(0);
  await expect(other.getByText('Visiting my parents in March')).toHaveCount(0);
  await expect(other.getByText('Nothing was parked.', { exact: false })).toBeVisible();
  expect(otherConsole.problems).toEqual([]);
  await otherContext.close();
});

test('parking an urge in a pair puts it on my agenda, and on my partner’s only once I share it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  await twoPartners(page, other);
  const urges = new UrgePages(page);
  await page.goto('/home');
  await urges.openLog();
  await urges.wantedTo.fill('Do you still like spending evenings with me?');
  await expect(urges.actionButton('Park it for the check-in')).toBeVisible();
  await urges.skipRatings();
  await urges.actionButton('Park it for the check-in').click();
  await urges.expectPause('server');
  await expect(page.getByText('It’s on your check-in agenda, and only you can see it.', { exact: false })).toBeVisible();
  const wording = page.getByLabel('How it reads on the agenda');
  await expect(wording).toHaveValue('Do you still like spending evenings with me?');
  await expect(page.getByRole('checkbox', { name: 'Share it with Billie' })).not.toBeChecked();
  await new PairPages(page).expectAccessible();

  // Kept private: on Alex's agenda only.
  await other.goto('/pair/check-in');
  await expect(other.getByRole('heading', { level: 1, name: 'Check-in with Alex' })).toBeVisible();
  await expect(other.getByText('Do you still like spending evenings with me?')).toHaveCount(0);
  await expect(other.getByText('How we spend our evenings')).toHaveCount(0);

  // Alex rewords it and shares it; Billie's open agenda shows it without a reload.
  await wording.fill('How we spend our evenings');
  await page.getByRole('checkbox', { name: 'Share it with Billie' }).check();
  await page.getByRole('button', { name: 'Save the topic' }).click();
  await expect(page.getByText('Shared. It’s on both your agendas now.')).toBeVisible();
  await expect(other.getByText('How we spend our evenings')).toBeVisible();
  await expect(other.getByText('Do you still like spending evenings with me?')).toHaveCount(0);

  await page.goto('/pair/check-in');
  await expect(page.getByText('How we spend our evenings')).toBeVisible();
  await otherContext.close();
});

test('alone, parking an urge keeps it for my next reflection, where I find, reword and delete it', async ({ page }) => {
  await signUpQuickly(page, newPerson({ displayName: 'Sky' }));
  const urges = new UrgePages(page);
  await page.goto('/home');
  await urges.openLog();
  await expect(page.getByRole('button', { name: 'Park it for the check-in' })).toHaveCount(0);
  await urges.wantedTo.fill('Text them again to ask if they are upset');
  await urges.skipRatings();
  await page.getByRole('button', { name: 'Keep it for my next reflection', exact: true }).click();
  await urges.expectPause('server');
  await expect(page.getByText('It’s on your list for your next reflection', { exact: false })).toBeVisible();
  await expect(page.getByText('check-in', { exact: false })).toHaveCount(0);
  await new PairPages(page).expectAccessible();

  await page.getByRole('link', { name: 'Home', exact: true }).first().click();
  const list = page.getByRole('region', { name: 'For my next reflection' });
  await expect(list.getByText('Text them again to ask if they are upset', { exact: true })).toBeVisible();
  await new PairPages(page).expectAccessible();
  await list.getByRole('button', { name: /^Reword/ }).click();
  await list.getByLabel('New wording').fill('Why a quiet evening feels like a warning');
  await list.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByText('Why a quiet evening feels like a warning', { exact: true })).toBeVisible();
  await page.reload();
  await expect(list.getByText('Why a quiet evening feels like a warning', { exact: true })).toBeVisible();
  await list.getByRole('button', { name: /^Delete/ }).click();
  await expect(list).toHaveCount(0);
});
