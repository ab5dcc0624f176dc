import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, ConsoleGuard } from './support/test.js';
import { JourneyClock } from './support/journey.js';
import { linkQuickly } from './support/pair.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { RequestsPage } from './pages/TogetherPages.js';

/**
 * Inside an open check-in window the daily request cap does not apply, so what this test sees
 * depends on the hour. It runs on the clock-capable server (playwright.config.ts, "clocked"): the
 * server and both browsers are set to a Wednesday morning, far from the default 20:00 check-in and
 * from midnight, whatever the hour on the machine running it.
 */
const MONDAY = new Date('2026-12-07T00:00:00Z');

test('a request, the partner’s answer, the shared timer, the plan; a second request over the cap is kindly refused and parked', async ({
  page,
  browser,
  console: guard,
}) => {
  // Parked topics live with the check-in on another branch; until then parking falls back to the urge log.
  guard.allow(404, /\/api\/v1\/pair\/topics/);
  guard.allow(422, /\/api\/v1\/pair\/requests/);
  const clock = new JourneyClock(page.request, MONDAY);
  const wednesdayMorning = clock.at(2, '10:00');
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  await clock.join(page.context(), wednesdayMorning);
  await clock.join(context, wednesdayMorning);
  const b = await context.newPage();
  const guardB = new ConsoleGuard();
  guardB.watch(b);
  const a = await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  const bs = await signUpQuickly(b, newPerson({ displayName: 'Billie' }));
  await linkQuickly({ page, csrf: a.csrf }, { page: b, csrf: bs.csrf });
  const asker = new RequestsPage(page);
  const listener = new RequestsPage(b);

  await asker.goto();
  // The words follow the agreed cap (1 by default), not a fixed "one request".
  await expect(page.getByText('You have 1 request left today outside your check-in.')).toBeVisible();
  await expect(page.getByText(/Could you give me five minutes to hear what is on my mind/)).toBeVisible();
  await asker.ask('The quiet after our call today');
  await expect(page.getByRole('status').filter({ hasText: 'Your request is with Billie' })).toBeVisible();

  await listener.goto();
  const incoming = b.getByRole('region', { name: 'Alex asks' });
  await expect(incoming).toContainText('The quiet after our call today');
  await listener.accept();
  await expect(b.getByText('You are listening to Alex')).toBeVisible();
  await expect(b.getByRole('timer')).toHaveText(/^[45]:\d\d$/);

  await asker.goto();
  await expect(page.getByText('Billie is listening')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await asker.writePlan('Walk to the park, then write two lines in my journal.');
  await expect(page.getByRole('heading', { name: 'Closed with a plan' })).toBeVisible();
  await expect(page.getByText('Walk to the park, then write two lines in my journal.')).toBeVisible();

  // Over the cap: not sent, a kind refusal naming the evening's check-in, and parking in one tap.
  await asker.ask('Are we really okay?');
  await expect(page.getByRole('heading', { name: 'Not sent, and that’s okay' })).toBeVisible();
  await expect(page.getByText(/Your next check-in is at/)).toBeVisible();
  await page.getByRole('button', { name: 'Park it for the check-in' }).click();
  await expect(page.getByText(/^Parked/)).toBeVisible();
  // The partner never received it.
  await listener.goto();
  await expect(b.getByRole('region', { name: 'Alex asks' })).toHaveCount(0);
  // The urge is in the asker's own log, as parked.
  await page.goto('/urges');
  await expect(page.getByText('Park it for the check-in').first()).toBeVisible();

  const results = await new AxeBuilder({ page: b }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
  expect(guardB.problems).toEqual([]);
  await context.close();
});
