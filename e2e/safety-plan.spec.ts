import { AxeBuilder } from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { JournalPage } from './pages/JournalPage.js';
import { SafetyPlanPage } from './pages/SafetyPlanPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { SosPage } from './pages/SosPage.js';
import { browserStorage } from './support/storage.js';
import { untilServiceWorkerControls } from './support/service-worker.js';

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function savedPlan(request: APIRequestContext): Promise<{ version: number; reasonsForLiving: string[] } | null> {
  const res = await request.get('/api/v1/safety-plan');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { plan: { version: number; reasonsForLiving: string[] } | null }).plan;
}

/** Links the page's person with a new partner (through the API) and agrees a stress plan; returns how the partner leaves. */
async function agreeStressPlan(page: Page, csrf: string, other: APIRequestContext): Promise<{ leave: () => Promise<void> }> {
  const partner = { ...newPerson(), displayName: 'Robin' };
  const signup = await other.post('/api/v1/auth/signup', { data: partner });
  const otherCsrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
  const invite = await page.request.post('/api/v1/pair/invitations', { headers: { 'x-csrf-token': csrf } });
  const { code } = (await invite.json()) as { code: string };
  expect((await other.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': otherCsrf } })).status()).toBe(201);
  const steps = [{ notice: 'we both go quiet', will: 'take ten minutes apart', help: '' }];
  const proposed = await page.request.put('/api/v1/pair/stress-plan', { data: { steps }, headers: { 'x-csrf-token': csrf } });
  const { version } = (await proposed.json()) as { version: number };
  const accepted = await other.post('/api/v1/pair/stress-plan/accept', { data: { version }, headers: { 'x-csrf-token': otherCsrf } });
  expect(accepted.status()).toBe(200);
  return {
    leave: async () => {
      const left = await other.delete('/api/v1/pair', { data: { password: partner.password }, headers: { 'x-csrf-token': otherCsrf } });
      expect(left.status()).toBe(204);
    },
  };
}

test('a safety plan: written, above the joint stress plan on SOS, changed offline, shown offline, synced, printed', async ({
  page,
  context,
  console,
  playwright,
  baseURL,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  const { csrf } = await signUpQuickly(page);
  // The service worker has to control the page before the connection goes.
  await untilServiceWorkerControls(page, '/home');

  // No plan yet: SOS offers one gently, and promises no joint plan to someone without a partner.
  const sos = new SosPage(page);
  await sos.goto();
  await expect(page.getByRole('region', { name: 'A plan of your own, if you’d like one' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your stress plan' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Make a safety plan' }).click();

  const plan = new SafetyPlanPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
  await expect(plan.line('Sign 1')).toHaveAttribute('placeholder', /^e\.g\. /);
  await plan.line('Sign 1').fill('I stop replying to messages');
  await plan.line('Person 1: name').fill('Maya');
  await plan.line('Person 1: phone').fill('+44 7700 900123');
  await plan.line('Reason 1').fill('My niece Ada');
  await plan.save(/^Saved\. Only you can see it/);
  await expect(plan.plan).toContainText('I stop replying to messages');
  await expect(page.getByRole('link', { name: 'Call Maya +44 7700 900123' })).toHaveAttribute('href', 'tel:+447700900123');
  await expect(page.getByRole('link', { name: 'Text Maya' })).toHaveAttribute('href', 'sms:+447700900123');
  expect((await savedPlan(page.request))?.version).toBe(1);

  // With a partner and an agreed stress plan, the person's own plan comes first on SOS.
  const other = await playwright.request.newContext({ baseURL: baseURL! });
  await agreeStressPlan(page, csrf, other);
  await sos.goto();
  const own = page.getByRole('region', { name: 'Your safety plan' });
  const joint = page.getByRole('region', { name: 'Your stress plan' });
  await expect(own).toContainText('My niece Ada');
  await expect(joint).toContainText('we both go quiet');
  expect((await own.boundingBox())!.y).toBeLessThan((await joint.boundingBox())!.y);

  // Offline: the change is kept on the device.
  await plan.goto();
  await context.setOffline(true);
  await plan.change();
  await plan.addAnother('My reasons for living');
  await plan.line('Reason 2').fill('Swimming in the sea');
  await plan.save(/^Saved on this device\./);
  await expect(plan.plan).toContainText('Swimming in the sea');

  // SOS opened afresh with no connection still shows the plan, edit included.
  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have to get through this alone');
  await expect(own).toContainText('Swimming in the sea');
  await expect(own.getByRole('link', { name: 'Call Maya +44 7700 900123' })).toBeVisible();
  // The pair's agreed stress plan is kept on the device too, below it.
  await expect(joint).toContainText('we both go quiet');

  // Back online, the edit reaches the server once, on top of the first version.
  await context.setOffline(false);
  await page.reload();
  await expect(own).toContainText('Swimming in the sea');
  await expect.poll(async () => (await savedPlan(page.request))?.reasonsForLiving).toEqual(['My niece Ada', 'Swimming in the sea']);
  expect((await savedPlan(page.request))?.version).toBe(2);
  // The partner never sees it.
  expect(await savedPlan(other)).toBeNull();
  await other.dispose();

  // On paper: the plan alone, no navigation or buttons.
  await plan.goto();
  await page.emulateMedia({ media: 'print' });
  await expect(plan.plan).toBeVisible();
  await expect(plan.plan).toContainText('Swimming in the sea');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print my plan' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print my plan' })).toBeVisible();
});

test('the agreed stress plan stays on the device for SOS with no connection, and goes when the pair ends and at log-out', async ({
  page,
  context,
  console,
  playwright,
  baseURL,
}) => {
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  const { csrf } = await signUpQuickly(page);
  await untilServiceWorkerControls(page, '/home');
  const sos = new SosPage(page);
  const joint = page.getByRole('region', { name: 'Your stress plan' });
  const kept = async () => JSON.stringify((await browserStorage(page)).databases);

  const first = await playwright.request.newContext({ baseURL: baseURL! });
  const pair = await agreeStressPlan(page, csrf, first);
  await sos.goto();
  await expect(joint).toContainText('we both go quiet');
  await expect.poll(kept).toContain('we both go quiet');

  // SOS opened afresh with no connection at all.
  await context.setOffline(true);
  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You don’t have to get through this alone');
  await expect(joint).toContainText('we both go quiet');
  await expect(joint).toContainText('Robin');
  await context.setOffline(false);

  // The partner unlinks: the next SOS with a connection forgets the shared plan on this device.
  await pair.leave();
  await first.dispose();
  await sos.goto();
  await expect(
    page.getByRole('region', { name: 'Your safety plan' }).or(page.getByRole('region', { name: 'A plan of your own, if you’d like one' })),
  ).toBeVisible();
  await expect(joint).toHaveCount(0);
  await expect.poll(kept).not.toContain('we both go quiet');

  // A new pair and plan, then log-out: nothing of it remains in the browser.
  const second = await playwright.request.newContext({ baseURL: baseURL! });
  await agreeStressPlan(page, csrf, second);
  await sos.goto();
  await expect(joint).toContainText('we both go quiet');
  await expect.poll(kept).toContain('we both go quiet');
  await second.dispose();
  await page.goto('/settings');
  await new SettingsPage(page).logOut();
  const stored = await browserStorage(page);
  expect(JSON.stringify(stored)).not.toContain('we both go quiet');
  expect(stored.databases).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('steady-stress-plan');
});

test('when crisis language is noticed, the panel holds the lines, the person’s own plan and grounding, in journal and PHQ-9', async ({
  page,
}) => {
  const { csrf } = await signUpQuickly(page);
  // Without a plan the panel offers one, gently.
  const journal = new JournalPage(page);
  await journal.startWriting();
  await journal.type('Everything feels far away tonight. I don’t want to wake up anymore.');
  await expect(journal.crisisPanel).toBeVisible();
  await expect(journal.crisisPanel.getByRole('link', { name: 'Make a safety plan' })).toHaveAttribute('href', '/safety-plan');

  const put = await page.request.put('/api/v1/safety-plan', {
    data: {
      warningSigns: ['I stop replying to messages'],
      copingAlone: ['A long shower'],
      distractions: [],
      helpers: [{ name: 'Maya', phone: '+44 7700 900123' }],
      professionals: [],
      saferSurroundings: [],
      reasonsForLiving: ['My niece Ada'],
      editedAt: new Date().toISOString(),
    },
    headers: { 'x-csrf-token': csrf },
  });
  expect(put.status()).toBe(200);

  await page.reload();
  await journal.type('Everything feels far away tonight. I don’t want to wake up anymore.');
  await expect(journal.crisisPanel).toBeVisible();
  await expect(journal.crisisPanel.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  const own = journal.crisisPanel.getByRole('region', { name: 'Your safety plan' });
  await expect(own).toContainText('My niece Ada');
  await expect(own.getByRole('link', { name: 'Call Maya +44 7700 900123' })).toHaveAttribute('href', 'tel:+447700900123');
  await journal.crisisPanel.getByText('A grounding exercise, to come back to the room').click();
  await expect(journal.crisisPanel.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(journal.crisisPanel).toContainText('keep writing or save');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await journal.save();
  await expect(journal.crisisPanel.getByRole('region', { name: 'Your safety plan' })).toContainText('My niece Ada');
  await expect(journal.crisisPanel).not.toContainText('keep writing');

  // PHQ-9, ninth answer above 0: the same panel while answering and on the result.
  await page.goto('/questionnaires/phq9');
  const questions = page.locator('fieldset.question');
  for (let i = 0; i < 8; i += 1) await questions.nth(i).getByRole('radio', { name: 'Not at all', exact: true }).check();
  await questions.nth(8).getByRole('radio', { name: 'Several days', exact: true }).check();
  const panel = page.getByRole('region', { name: 'You don’t have to hold this alone' });
  await expect(panel.getByRole('region', { name: 'Your safety plan' })).toContainText('My niece Ada');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your PHQ-9 result' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Your safety plan' })).toContainText('My niece Ada');
  await expect(panel).toContainText('Your answers are saved as you gave them');
  await expect(panel).not.toContainText('keep writing');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the safety plan screens pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await signUpQuickly(page);
    const plan = new SafetyPlanPage(page);
    await plan.goto();
    expect(await axe(page)).toEqual([]);
    await plan.line('Sign 1').fill('I stop replying to messages');
    await plan.line('Person 1: name').fill('Maya');
    await plan.line('Person 1: phone').fill('07700 900123');
    await plan.line('Reason 1').fill('My niece Ada');
    await plan.save(/^Saved\./);
    expect(await axe(page)).toEqual([]);
    await new SosPage(page).goto();
    await expect(page.getByRole('region', { name: 'Your safety plan' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
