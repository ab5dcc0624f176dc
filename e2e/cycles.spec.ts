import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, ConsoleGuard } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { escalatingCycles } from './support/cycles.js';
import { AppShell } from './pages/AppShell.js';

const HOUR = 3_600_000;

/** A datetime-local value, in the browser's zone (the config pins Europe/London). */
function localInput(hoursAgo: number): string {
  const d = new Date(Date.now() - hoursAgo * HOUR);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(d)
    .replace(' ', 'T');
}

async function noViolations(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      results.violations.map((v) => `${name} (${colorScheme}): ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
}

async function logMoment(
  page: Page,
  m: { stage: 'Pursuit' | 'Withdrawal' | 'Reconnection'; who: 'Me' | 'My partner'; intensity: number; hoursAgo?: number; trigger?: string },
) {
  await page.getByRole('radio', { name: new RegExp(`^${m.stage}`) }).check();
  await page.getByRole('radio', { name: m.who, exact: true }).check();
  await page.getByLabel('How intense was it?').fill(String(m.intensity));
  if (m.trigger) await page.getByRole('button', { name: m.trigger, exact: true }).click();
  if (m.hoursAgo !== undefined) {
    await page.getByText('It happened earlier').click();
    await page.getByLabel('When was it?').fill(localInput(m.hoursAgo));
  }
  const moments = page.locator('.moment-list .moment');
  const before = await moments.count();
  await page.getByRole('button', { name: 'Save this moment' }).click();
  await expect(moments).toHaveCount(before + 1);
  await expect(page.getByText('Saved. Noticing the moment is the hard part')).toBeVisible();
}

test('logging the stages of the cycle shows one complete cycle and an open one', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  await page.getByRole('link', { name: /The cycle between you/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notice the cycle' })).toBeVisible();
  await expect(new AppShell(page).sosLink).toBeVisible();
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  // Not linked: nothing offers to share.
  await expect(page.getByLabel(/Share this moment with my partner/)).toHaveCount(0);
  await noViolations(page, 'cycles (empty)');

  await logMoment(page, { stage: 'Pursuit', who: 'Me', intensity: 6, hoursAgo: 5, trigger: 'no reply yet' });
  await logMoment(page, { stage: 'Withdrawal', who: 'My partner', intensity: 7, hoursAgo: 4 });
  await logMoment(page, { stage: 'Reconnection', who: 'Me', intensity: 3, hoursAgo: 1 });
  await logMoment(page, { stage: 'Pursuit', who: 'Me', intensity: 5 });

  // Newest first.
  const moments = page.locator('.moment-list .moment');
  await expect(moments).toHaveCount(4);
  await expect(moments.nth(0)).toContainText('Pursuit');
  await expect(moments.nth(1)).toContainText('Reconnection');
  await expect(moments.nth(2)).toContainText(/Withdrawal\s*My partner · intensity 7 out of 10/);
  await expect(moments.nth(3).getByRole('list', { name: 'Triggers' })).toHaveText('no reply yet');

  // A slip of the finger: log one too many, then delete it (the dialog says it is permanent).
  await logMoment(page, { stage: 'Withdrawal', who: 'Me', intensity: 2 });
  await expect(moments).toHaveCount(5);
  await moments
    .first()
    .getByRole('button', { name: /Delete…/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this moment?' });
  await expect(dialog).toContainText('permanent');
  await dialog.getByRole('button', { name: 'Delete it' }).click();
  await expect(moments).toHaveCount(4);

  // Edit: the withdrawal was stronger than first logged.
  await moments.nth(2).getByRole('button', { name: /Edit/ }).click();
  await expect(page.getByRole('heading', { name: 'Change this moment' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Withdrawal/ })).toBeChecked();
  await page.getByLabel('How intense was it?').fill('8');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(moments.nth(2)).toContainText('intensity 8 out of 10');
  await noViolations(page, 'cycles');

  await page.getByRole('link', { name: 'See our cycle over time' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our cycle over time' })).toBeVisible();
  await expect(page.getByText('Gathering your insights…')).toHaveCount(0);
  await expect(page.getByText('1 complete cycle').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Right now' })).toContainText('is still open: it’s in pursuit');
  await expect(page.getByRole('region', { name: 'Getting to know your cycle' })).toContainText(
    'There isn’t enough yet to see a trend: that takes at least 4 cycles, and so far one has come full circle.',
  );
  // The numbers behind the pictures, for screen readers: the cycle lasted four hours and peaked at 8.
  const table = page.getByRole('table', { name: 'Your cycles, oldest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(/about 4 hours.*about 5 hours.*8 out of 10/);
  await noViolations(page, 'cycle insights');
});

test('an escalating cycle is named calmly, with its numbers and a gentle pointer to support', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await escalatingCycles(page.request, csrf);
  await page.goto('/cycles/insights');
  const trend = page.getByRole('region', { name: 'Something worth noticing' });
  await expect(trend).toContainText(/Your last 5 cycles have been coming closer together, about \d+ hours sooner each time\./);
  // Statistics words stay behind "How is this worked out?"; what shows first is plain words.
  const firstGlance = await trend.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details').forEach((d) => d.remove());
    return copy.textContent ?? '';
  });
  expect(firstGlance).not.toMatch(/Sen’s|Mann|slope|p = |p < |n = |interval/);
  await trend.getByText('How is this worked out?').click();
  await expect(trend.locator('details')).toContainText(/Sen’s slope\)\. A Mann–Kendall test gives p [=<] 0\.0\d+/);
  await expect(trend.getByRole('link', { name: 'the support page' })).toHaveAttribute('href', '/support');
  await expect(page.getByRole('region', { name: 'Right now' })).toContainText('No cycle is open right now.');
  await expect(page.locator('.chart-plot svg').first()).toBeVisible();
  await noViolations(page, 'cycle insights (escalating)');
});

test('pausing before sending: write, wait, come back after a reload, let it go, and see it counted', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/tools');
  await page.getByRole('link', { name: /Pause before sending/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pause before sending' })).toBeVisible();
  await noViolations(page, 'pause-message');

  // The same rules as the server: a message and a feeling.
  await page.getByRole('button', { name: 'Start the pause' }).click();
  await expect(page.getByText('Write the message you want to send')).toBeVisible();
  await expect(page.getByLabel('The message you want to send')).toBeFocused();

  await page.getByLabel('The message you want to send').fill('You always do this. Why didn’t you call when you said you would?');
  await page.getByRole('button', { name: 'hurt', exact: true }).click();
  await expect(page.getByRole('radio', { name: '10 minutes' })).toBeChecked();
  await page.getByRole('radio', { name: '5 minutes' }).check();
  await page.getByRole('button', { name: 'Start the pause' }).click();

  await expect(page.getByRole('heading', { name: 'Letting it settle' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^[45] minutes left$/);
  await expect(page.getByText('You named it: hurt')).toBeVisible();
  await noViolations(page, 'pause-message timer');

  // The server keeps the open draft: a reload, then the list, bring it back.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Letting it settle' })).toBeVisible();
  await page.goto('/pause-message');
  const waiting = page.getByRole('region', { name: 'Still waiting for you' });
  await expect(waiting).toContainText('Why didn’t you call');
  await waiting.getByRole('button', { name: 'Come back to it' }).click();
  await expect(page.getByRole('timer')).toBeVisible();

  await page.getByRole('button', { name: 'I’m ready to decide now' }).click();
  await expect(page.getByRole('heading', { name: 'Deciding now' })).toBeVisible();
  await noViolations(page, 'pause-message decide');
  await page.getByRole('button', { name: 'Let it go' }).click();
  await expect(page.getByText('You let it go. That can take real strength')).toBeVisible();

  const counted = page.getByRole('region', { name: 'What the pause has changed' });
  await expect(counted).toContainText('The pause changed what happened 1 out of 1 time.');
  await expect(counted).toContainText(/Let go\s*1/);
  await expect(counted).toContainText(/Decided early\s*1/);

  await page.getByRole('button', { name: 'Write another message' }).click();
  await expect(page.getByRole('region', { name: 'Still waiting for you' })).toHaveCount(0);
  await expect(page.getByLabel('The message you want to send')).toHaveValue('');
});

test('linked partners see the moments each chose to share, from their own side, never a note', async ({ page, browser }) => {
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

  // Billie shares one moment and keeps another private.
  for (const [stage, shared] of [
    ['withdrawal', true],
    ['reconnection', false],
  ] as const) {
    const res = await b.request.post('/api/v1/cycle-events', {
      data: { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(), stage, actor: 'me', intensity: 6, shared },
      headers: { 'x-csrf-token': bs.csrf },
    });
    expect(res.status()).toBe(201);
  }

  // Alex logs a pursuit with a private note and shares it.
  await page.goto('/cycles');
  await page.getByRole('radio', { name: /^Pursuit/ }).check();
  await page.getByLabel(/Anything to remember about it/).fill('I sent three messages in a row.');
  await page.getByLabel(/Share this moment with my partner/).check();
  await page.getByRole('button', { name: 'Save this moment' }).click();
  await expect(page.locator('.moment-list .moment').first()).toContainText('Shared with your partner');

  const sharedA = page.getByRole('region', { name: 'Moments you both shared' });
  await expect(sharedA.locator('.moment')).toHaveCount(2);
  await expect(sharedA.locator('.moment').nth(0)).toContainText(/Pursuit\s*From your log: you moved/);
  await expect(sharedA.locator('.moment').nth(1)).toContainText(/Withdrawal\s*From your partner’s log: your partner moved/);
  await expect(sharedA).not.toContainText('three messages');
  await noViolations(page, 'cycles (linked)');

  await b.goto('/cycles');
  const sharedB = b.getByRole('region', { name: 'Moments you both shared' });
  await expect(sharedB.locator('.moment')).toHaveCount(2);
  await expect(sharedB.locator('.moment').nth(0)).toContainText(/Pursuit\s*From your partner’s log: your partner moved/);
  await expect(sharedB).not.toContainText('three messages');
  await expect(sharedB).not.toContainText('Reconnection');
  expect(guardB.problems).toEqual([]);
  await context.close();
});

test('rewriting after the pause keeps the new words, counts as changed, and can be paused again', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/pause-message');
  await page.getByLabel('The message you want to send').fill('Fine. Do whatever you want.');
  await page.getByLabel('Or in your own words').fill('left out');
  await page.getByRole('button', { name: 'Start the pause' }).click();
  await expect(page.getByText('You named it: left out')).toBeVisible();
  await page.getByRole('button', { name: 'I’m ready to decide now' }).click();
  await page.getByRole('button', { name: 'Rewrite it' }).click();
  await page.getByLabel('Your rewrite').fill('I felt left out tonight. Could we talk about the weekend plans together?');
  await page.getByRole('button', { name: 'Keep this version' }).click();
  await expect(page.getByText('Your rewrite is ready.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What the pause has changed' })).toContainText(/Rewritten\s*1/);
  await noViolations(page, 'pause-message rewritten');

  await page.getByRole('button', { name: 'Pause with it again' }).click();
  await expect(page.getByLabel('The message you want to send')).toHaveValue(
    'I felt left out tonight. Could we talk about the weekend plans together?',
  );
  await expect(page.getByLabel('Or in your own words')).toHaveValue('left out');
});
