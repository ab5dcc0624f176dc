import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect, ConsoleGuard } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { KudosPage, StressPlanPage } from './pages/TogetherPages.js';

/** Two people in two browser contexts, linked through the API with an invitation code. */
async function linkedPeople(
  browser: Browser,
  page: Page,
): Promise<{ b: Page; guardB: ConsoleGuard; csrfA: string; passwordA: string; close: () => Promise<void> }> {
  const a = await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const b = await context.newPage();
  const guardB = new ConsoleGuard();
  guardB.watch(b);
  const bs = await signUpQuickly(b, newPerson({ displayName: 'Billie' }));
  const invite = await page.request.post('/api/v1/pair/invitations', { headers: { 'x-csrf-token': a.csrf } });
  const { code } = (await invite.json()) as { code: string };
  const joined = await b.request.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': bs.csrf } });
  expect(joined.status()).toBe(201);
  return { b, guardB, csrfA: a.csrf, passwordA: a.person.password, close: () => context.close() };
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('kudos reach the partner’s feed; a stress plan both accepted shows on both SOS screens; the screens pass axe', async ({
  page,
  browser,
}) => {
  const { b, guardB, csrfA, passwordA, close } = await linkedPeople(browser, page);
  const violations: string[] = [];

  const kudos = new KudosPage(b);
  await kudos.goto();
  await kudos.give('You paused before asking, thank you.', 'Paused before asking');
  await expect(b.getByText('Sent to Alex.')).toBeVisible();
  await new KudosPage(page).goto();
  await expect(page.getByText('You paused before asking, thank you.')).toBeVisible();
  await expect(page.getByText(/Billie, to you · Paused before asking/)).toBeVisible();
  violations.push(...(await axe(page)));

  const plan = new StressPlanPage(page);
  await plan.goto();
  await plan.propose({
    notice: 'my thoughts start racing at night',
    will: 'breathe slowly for three minutes',
    help: 'sitting with me quietly',
  });
  await expect(page.getByRole('heading', { name: 'Waiting for Billie' })).toBeVisible();
  violations.push(...(await axe(page)));
  const partnerPlan = new StressPlanPage(b);
  await partnerPlan.goto();
  await partnerPlan.accept();
  await expect(b.getByText('Accepted. It is on both your SOS screens now.')).toBeVisible();

  for (const p of [page, b]) {
    await p.goto('/sos');
    const section = p.getByRole('region', { name: 'Your stress plan' });
    await expect(section).toContainText('my thoughts start racing at night');
    await expect(section).toContainText('breathe slowly for three minutes');
    violations.push(...(await axe(p)));
  }

  await page.goto('/goals');
  await page.getByLabel('Goal', { exact: true }).fill('Three check-ins this week');
  await page.getByLabel('Ours, together').check();
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('region', { name: 'Together' }).getByRole('checkbox', { name: 'Three check-ins this week' })).toBeVisible();
  violations.push(...(await axe(page)));
  await b.goto('/goals');
  await expect(b.getByRole('region', { name: 'Together' }).getByRole('checkbox', { name: 'Three check-ins this week' })).toBeVisible();

  await page.goto('/reviews');
  await page.getByLabel('What went well between us this week?').fill('We kept the check-ins.');
  await page.getByRole('button', { name: 'Submit my review' }).click();
  await expect(page.getByText(/Yours is in/)).toBeVisible();
  violations.push(...(await axe(page)));
  await b.goto('/reviews');
  await b.getByLabel('What felt hard?').fill('Tuesday evening.');
  await b.getByRole('button', { name: 'Submit my review' }).click();
  await expect(b.getByText('We kept the check-ins.')).toBeVisible();

  for (const path of ['/together', '/pair/requests']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    violations.push(...(await axe(page)));
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/pair/kudos');
  await expect(page.getByText('You paused before asking, thank you.')).toBeVisible();
  violations.push(...(await axe(page)));
  expect(violations).toEqual([]);

  // Alex unlinks: from that moment Billie's pair screens show the not-linked state.
  const left = await page.request.delete('/api/v1/pair', { data: { password: passwordA }, headers: { 'x-csrf-token': csrfA } });
  expect(left.status()).toBe(204);
  for (const path of ['/pair/kudos', '/pair/stress-plan', '/pair/requests']) {
    await b.goto(path);
    await expect(b.getByText('This space opens once you and your partner have linked your accounts.')).toBeVisible();
  }
  await b.goto('/sos');
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('You don’t have to get through this alone');
  // Unlinked, there is no joint plan to offer: the section goes, and the plan's words with it.
  await expect(b.getByRole('region', { name: 'Your stress plan' })).toHaveCount(0);
  await expect(b.getByText('my thoughts start racing at night')).toHaveCount(0);
  expect(guardB.problems).toEqual([]);
  await close();
});
