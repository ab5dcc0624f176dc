import { test, expect } from './support/test.js';
import { listAll, newPerson, signUpQuickly, urgeQuickly } from './support/people.js';
import { linkQuickly } from './support/pair.js';
import { AppShell } from './pages/AppShell.js';
import { UrgeHistoryPages } from './pages/UrgeHistoryPages.js';
import { UrgePages } from './pages/UrgePages.js';

interface UrgeRow {
  id: string;
  action: string;
  intensity: number;
  triggers: string[];
  note: string | null;
}

const HOUR = 3_600_000;

test('the history shows urges by day, newest first, and pages back to earlier ones', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  // 24 urges, two a day, twelve hours apart.
  for (let i = 0; i < 24; i++) {
    await urgeQuickly(page.request, csrf, {
      occurredAt: new Date(Date.now() - (i * 12 + 1) * HOUR).toISOString(),
      action: i % 2 ? 'sought' : 'parked',
      intensity: i % 11,
      triggers: i === 0 ? ['late reply'] : [],
      followUps: i === 0 ? [{ minutesAfter: 30, anxiety: 4 }] : [],
    });
  }
  await page.goto('/home');
  await page.getByRole('link', { name: /Urges you noticed/ }).click();
  const history = new UrgeHistoryPages(page);
  await history.settled();
  await expect(new AppShell(page).sosLink).toBeVisible();

  await expect(history.cards).toHaveCount(20);
  const first = history.cards.first();
  // Alone, a parked urge went onto the person's own list: no check-in is named (issue 13).
  await expect(first).toContainText('Keep it for my next reflection');
  await expect(history.cards.filter({ hasText: 'check-in' })).toHaveCount(0);
  await expect(first).toContainText(/Urge\s*0 out of 10/);
  await expect(first).toContainText(/30 minutes later\s*4 out of 10/);
  await expect(first.getByRole('list', { name: 'Triggers' })).toHaveText('late reply');
  const days = await history.days.allTextContents();
  expect(days.map((d) => Date.parse(d.replace(/^\w+,? /, ''))).every((t, i, all) => i === 0 || t < (all[i - 1] ?? 0))).toBe(true);

  await history.showEarlier();
  await expect(history.cards).toHaveCount(24);
  await expect(page.getByRole('button', { name: 'Show earlier urges' })).toHaveCount(0);
  // Focus lands on the first of the urges just shown.
  await expect(page.locator('.urge-list a').nth(20)).toBeFocused();
});

test('an urge can be corrected, and deleted after a clear word that it is permanent', async ({ page, console }) => {
  const { csrf } = await signUpQuickly(page);
  const id = await urgeQuickly(page.request, csrf, {
    occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    action: 'sought',
    intensity: 6,
    triggers: ['apart today'],
    wantedTo: 'Are we okay?',
    followUps: [{ minutesAfter: 120, anxiety: 6 }],
  });
  const history = new UrgeHistoryPages(page);
  await history.open();
  await page.locator('.urge-list a').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^The urge from / })).toBeVisible();
  await expect(page.getByText('Are we okay?')).toBeVisible();
  await expect(page.locator('.urge-card-facts')).toContainText(/2 hours later\s*6 out of 10/);

  await history.edit();
  await new UrgePages(page).rate('How strong was the urge?', 3);
  await page.getByRole('button', { name: 'apart today', exact: true }).click();
  await page.getByLabel('Add your own trigger').fill('Long day');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('I’m waiting').check();
  // Free text gets the same care as the journal: support appears, nothing is blocked.
  await page.getByLabel('A note for yourself').fill('Some nights I feel like I want to die.');
  await expect(page.getByRole('region', { name: 'You don’t have to hold this alone' })).toBeVisible();
  await page.getByLabel('A note for yourself').fill('Made tea and it eased.');
  await history.save();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(page.getByText('Made tea and it eased.')).toBeVisible();

  const [saved] = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved).toMatchObject({ id, action: 'delayed', intensity: 3, triggers: ['long day'], note: 'Made tea and it eased.' });

  const dialog = await history.delete();
  await expect(dialog).toContainText('This is permanent');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  expect(await listAll(page.request, '/api/v1/urges')).toHaveLength(1);

  await (await history.delete()).getByRole('button', { name: 'Delete urge' }).click();
  await expect(page).toHaveURL(/\/urges$/);
  await expect(page.getByText('The urge was deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  expect(await listAll(page.request, '/api/v1/urges')).toHaveLength(0);

  console.allow(404, /\/api\/v1\/urges\/[0-9a-f-]{36}$/);
  await page.goto(`/urges/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that urge' })).toBeVisible();
});

test('an urge logged offline shows as waiting to sync, then takes its place in the day', async ({ page, context, console }) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await signUpQuickly(page);
  const history = new UrgeHistoryPages(page);
  await history.open();
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();

  await context.setOffline(true);
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.skipRatings();
  await urges.actionButton('I soothed myself').click();
  await urges.expectPause('device');
  await page.getByRole('link', { name: 'I’m okay for now' }).click();
  await page.getByRole('link', { name: /Urges you noticed/ }).click();
  await history.settled();
  await expect(history.waiting.locator('.urge-card')).toHaveCount(1);
  await expect(history.waiting).toContainText('Waiting to sync');
  await expect(history.waiting).toContainText('I soothed myself');

  await context.setOffline(false);
  await expect(history.waiting).toHaveCount(0);
  await expect(history.cards).toHaveCount(1);
  await expect(history.cards.first()).toContainText('I soothed myself');
});

test('a parked urge in the history names the check-in only to someone with a partner', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const parkedUrge = { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(), action: 'parked' as const, intensity: 4, triggers: [] };
  const solo = await signUpQuickly(page, newPerson({ displayName: 'Sky' }));
  const soloId = await urgeQuickly(page.request, solo.csrf, parkedUrge);
  const history = new UrgeHistoryPages(page);
  await history.open();
  await expect(history.cards.first()).toContainText('Keep it for my next reflection');
  await page.goto(`/urges/${soloId}`);
  await expect(page.locator('.urge-card')).toContainText('Keep it for my next reflection');
  await expect(page.locator('.urge-card')).not.toContainText('check-in');

  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const alex = await context.newPage();
  const other = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const billie = await other.newPage();
  const a = await signUpQuickly(alex, newPerson({ displayName: 'Alex' }));
  const b = await signUpQuickly(billie, newPerson({ displayName: 'Billie' }));
  await linkQuickly({ page: alex, csrf: a.csrf }, { page: billie, csrf: b.csrf });
  const pairedId = await urgeQuickly(alex.request, a.csrf, parkedUrge);
  const pairedHistory = new UrgeHistoryPages(alex);
  await pairedHistory.open();
  await expect(pairedHistory.cards.first()).toContainText('Park it for the check-in');
  await alex.goto(`/urges/${pairedId}`);
  await expect(alex.locator('.urge-card')).toContainText('Park it for the check-in');
  await context.close();
  await other.close();
});
