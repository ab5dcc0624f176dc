import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';
import { interactionQuickly, personQuickly, socialMap } from './support/social.js';
import { AppShell } from './pages/AppShell.js';
import { ImportPage, PeopleMapPage, PersonPage } from './pages/PeoplePages.js';

async function noViolations(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      results.violations.map((v) => `${name} (${colorScheme}): ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
}

test('importing a vCard file adds people, reports every card, and a bad file imports nothing', async ({ page, console }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  await new AppShell(page).navLink('People').click();
  await expect(page.getByRole('heading', { level: 1, name: 'The people in your life' })).toBeVisible();
  await expect(new AppShell(page).sosLink).toBeVisible();
  await expect(page.getByText('No one here yet.')).toBeVisible();
  await noViolations(page, 'people (empty)');

  await page.getByRole('link', { name: 'Import contacts' }).click();
  const importer = new ImportPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
  await noViolations(page, 'import');

  // A file that is not a vCard: a clear error, and nobody is added.
  console.allow(400, /\/api\/v1\/people\/import$/);
  await importer.importFile('e2e/fixtures/not-a-vcard.vcf');
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  await expect(importer.report).toHaveCount(0);

  await importer.importFile('e2e/fixtures/contacts.vcf');
  await expect(importer.report).toContainText('2 people added, 0 merged, 1 skipped.');
  const rows = importer.report.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(/1\s*Maya Okafor\s*Added/);
  await expect(rows.nth(2)).toContainText(/2\s*Zoë Lindqvist-Åberg\s*Added/);
  await expect(rows.nth(3)).toContainText(/3\s*—\s*Skipped: /);
  await noViolations(page, 'import report');

  // The same file again merges instead of adding twice.
  await importer.importFile('e2e/fixtures/contacts.vcf');
  await expect(importer.report).toContainText('0 people added, 2 merged, 1 skipped.');

  await importer.report.getByRole('link', { name: 'See your map' }).click();
  await expect(page.getByRole('link', { name: 'Maya Okafor' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zoë Lindqvist-Åberg' })).toBeVisible();
  await expect(page.getByText(/2 people, in \d of 8 parts of life/)).toBeVisible();
  await noViolations(page, 'people (imported)');
});

test('logging time together in two taps takes someone off the reach-out list and shows in the give and take', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  const sam = await personQuickly(page.request, csrf, { name: 'Sam', contexts: ['friends'], closeness: 'inner', rhythmDays: 7 });
  const nan = await personQuickly(page.request, csrf, { name: 'Nan', contexts: ['family'], closeness: 'close', rhythmDays: 14 });
  await interactionQuickly(page.request, csrf, { personIds: [sam], daysAgo: 10, initiatedBy: 'me' });
  await interactionQuickly(page.request, csrf, { personIds: [nan], daysAgo: 20, initiatedBy: 'them' });

  const map = new PeopleMapPage(page);
  await map.open();
  const items = map.reachOut.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Nan: 20 of 14 days; Sam: 10 of 7 days. The longest relative to the rhythm comes first.
  await expect(items.nth(0)).toContainText(/Nan\s*It’s been 20 days; you’d like to be in touch about every 2 weeks\./);
  await expect(items.nth(1)).toContainText('Sam');
  await expect(map.context('Friends').getByRole('link', { name: 'Sam' })).toBeVisible();
  await noViolations(page, 'people');

  // Resting Nan for a week.
  await items
    .nth(0)
    .getByRole('button', { name: /Not this week/ })
    .click();
  await expect(page.getByText('Nan is resting off this list for a week.')).toBeVisible();
  await expect(items).toHaveCount(1);

  await items
    .nth(0)
    .getByRole('link', { name: /Log time together/ })
    .click();
  const person = new PersonPage(page);
  await person.settled('Sam');
  await noViolations(page, 'person');
  await person.quickLog('Call');
  await expect(person.history.getByRole('listitem')).toHaveCount(2);
  await expect(person.history.getByRole('listitem').first()).toContainText(/Call\s*Both of us/);

  // Then the fuller picture of the same call.
  await page.getByRole('link', { name: 'Add how it felt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change time together' })).toBeVisible();
  await page.getByRole('group', { name: 'How warm did it feel?' }).getByRole('radio', { name: '5' }).check();
  await page.getByLabel('They helped me').check();
  await page.getByLabel('How, in a few words').fill('listened about work');
  await page.getByRole('button', { name: 'plans', exact: true }).click();
  await noViolations(page, 'log (edit)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await person.settled('Sam');
  await expect(person.history.getByRole('listitem').first()).toContainText('Warmth 5 of 5');
  await expect(person.history.getByRole('listitem').first()).toContainText('They helped you: listened about work');

  const giveTake = page.getByRole('region', { name: 'Give and take' });
  await expect(giveTake).toContainText(/Times together\s*2/);
  await expect(giveTake).toContainText(/You 1 · Sam 0 · both 1/);

  await map.open();
  await expect(map.reachOut).toContainText('Nobody’s rhythm has come round yet.');
});

test('the full log form records time with several people and checks the reflection gently', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await personQuickly(page.request, csrf, { name: 'Ada', contexts: ['volunteering'] });
  await personQuickly(page.request, csrf, { name: 'Bo', contexts: ['volunteering'] });
  await page.goto('/people');
  await page.getByRole('link', { name: 'Log time together' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log time together' })).toBeVisible();
  await noViolations(page, 'log');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Choose who you were with')).toBeVisible();
  // The first unanswered question takes the focus, even when it is a set of checkboxes.
  await expect(page.getByRole('checkbox', { name: 'Ada' })).toBeFocused();
  // One radio group, one Tab stop: the arrow keys move through every way of being in touch.
  await page.getByRole('radio', { name: 'In person' }).check();
  await page.getByRole('radio', { name: 'In person' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Call' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Call' })).toBeFocused();
  await page.getByRole('checkbox', { name: 'Ada' }).check();
  await page.getByRole('checkbox', { name: 'Bo' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page.getByLabel('How long, in minutes?').fill('90');
  await page.getByLabel('A short reflection').fill('Lovely afternoon, but lately I feel like nobody would notice if I disappeared.');
  await expect(page.getByTestId('crisis-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Take all the time you need here.')).toBeVisible();
  await expect(page.getByTestId('crisis-panel')).toBeVisible();
  await noViolations(page, 'log (support)');
  await page.getByRole('link', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The people in your life' })).toBeVisible();
});

test('a feedback link is answered once from a browser with no session, and the answer shows on the person’s page', async ({
  page,
  browser,
}) => {
  const { csrf } = await signUpQuickly(page);
  const id = await personQuickly(page.request, csrf, { name: 'Jules', contexts: ['friends'], closeness: 'close' });
  const person = new PersonPage(page);
  await person.open(id, 'Jules');
  await person.feedback.getByRole('button', { name: 'Make a feedback link' }).click();
  const url = await person.feedback.getByLabel('Your link for Jules').inputValue();
  expect(url).toMatch(/\/f\/[A-Za-z0-9_-]{22,}$/);
  await noViolations(page, 'person (feedback link)');

  // Someone with no account and no session answers it.
  const stranger = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const them = await stranger.newPage();
  await them.goto(url);
  await expect(them.getByRole('heading', { level: 1, name: 'A few words for Robin' })).toBeVisible();
  await expect(them.locator('body')).not.toContainText('@example.com');
  await noViolations(them, 'public feedback form');
  await them.getByLabel('What felt supportive?').fill('You listened without rushing me.');
  await them.getByLabel(/What could be different/).fill('Maybe somewhere quieter next time.');
  await them.getByRole('button', { name: 'Send' }).click();
  await expect(them.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  await noViolations(them, 'public feedback thanks');
  // Once only.
  await them.goto(url);
  await expect(them.getByRole('heading', { level: 1, name: 'This link is closed' })).toBeVisible();
  await stranger.close();

  await page.reload();
  await person.settled('Jules');
  const answers = person.feedback.getByRole('list', { name: 'Their answers, newest first' });
  await expect(answers).toContainText('You listened without rushing me.');
  await expect(answers).toContainText('Maybe somewhere quieter next time.');
  await expect(person.feedback.getByTestId('crisis-panel')).toHaveCount(0);

  // The disclosure ladder: one light step with a plan for the next.
  await person.disclosure.getByRole('button', { name: 'Add a step' }).click();
  await person.disclosure.getByLabel('What did you share?').fill('Told them about the new job nerves.');
  await person.disclosure.getByRole('group', { name: 'How comfortable did it feel afterwards?' }).getByRole('radio', { name: '4' }).check();
  await person.disclosure.getByLabel(/A plan for the next step/).fill('Mention the move, over coffee, and text a friend after.');
  await person.disclosure.getByRole('button', { name: 'Save this step' }).click();
  await expect(person.disclosure.getByText('Saved. Every step counts')).toBeVisible();
  await expect(person.disclosure.getByRole('list', { name: 'The ladder, from light to vulnerable' })).toContainText(
    /Light\s*1 step · comfort 4 of 5/,
  );
  await expect(person.disclosure).toContainText('Your plan for the next step: Mention the move');
  await noViolations(page, 'person (answered)');
});

test('invitations, daily practices, insights and the monthly review, each kind and accessible', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await socialMap(page.request, csrf);

  await page.goto('/people');
  await page.getByRole('navigation', { name: 'People pages' }).getByRole('link', { name: 'Invitations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
  await page.getByRole('radio', { name: 'A meal or a coffee' }).check();
  await page.getByRole('button', { name: 'Coffee or tea, half an hour' }).click();
  await expect(page.getByLabel('The invitation, in your words')).toHaveValue('Coffee or tea, half an hour');
  await page.getByLabel(/Who for\?/).selectOption({ label: 'Priya' });
  await page.getByRole('button', { name: 'Save the invitation' }).click();
  const invitations = page.getByRole('list', { name: 'Your invitations, newest first' });
  await expect(invitations.getByRole('listitem')).toHaveCount(1);
  await expect(invitations).toContainText('For Priya');
  await invitations.getByLabel(/Where it stands/).selectOption('accepted');
  await expect(page.getByRole('region', { name: 'How invitations have gone' })).toContainText('1 of 1 accepted');
  await noViolations(page, 'invitations');

  await page.getByRole('navigation', { name: 'People pages' }).getByRole('link', { name: 'Daily practices' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daily practices' })).toBeVisible();
  await page.getByRole('button', { name: 'Say hello to a neighbour' }).click();
  const practices = page.getByRole('list', { name: 'Your practices' });
  await expect(practices.getByRole('listitem').first()).toContainText('Say hello to a neighbour');
  await practices.getByRole('button', { name: 'Today' }).click();
  await expect(practices.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-pressed', 'true');
  await expect(practices).toContainText('Done on 1 day of the last 7');
  await expect(page.locator('main')).not.toContainText(/streak/i);
  await noViolations(page, 'practices');

  await page.getByRole('navigation', { name: 'People pages' }).getByRole('link', { name: 'My connections over time' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My connections over time' })).toBeVisible();
  await expect(page.getByText('Gathering your insights…')).toHaveCount(0);
  await expect(page.getByRole('figure').first()).toBeVisible();
  await noViolations(page, 'social insights');

  await page.getByRole('navigation', { name: 'People pages' }).getByRole('link', { name: 'Monthly review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly review' })).toBeVisible();
  await page.getByLabel(/A win to celebrate/).fill('Said yes to the coffee with Priya.');
  const questions = page.getByRole('group').filter({ has: page.getByText(/^[123]\./) });
  await expect(questions).toHaveCount(3);
  await questions.nth(0).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Save this month’s review' }).click();
  await expect(page.getByText('Answer all three questions, or leave all three for another time.')).toBeVisible();
  await questions.nth(1).getByRole('radio').first().check();
  await questions.nth(2).getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Save this month’s review' }).click();
  await expect(page.getByText('Your review is saved.')).toBeVisible();
  await expect(page.getByText(/Scores so far \(3 to 9\): \w+ \d{4}: 4$/)).toBeVisible();
  await expect(page.getByText('The trend shows once two months have the three questions answered.')).toBeVisible();
  await noViolations(page, 'monthly review');

  await page.goto('/settings');
  await page.getByLabel('Show rhythms in my calendar feed').check();
  await expect(page.getByText('Rhythms will show in your calendar feed.')).toBeVisible();
  await noViolations(page, 'settings (social)');
});

test('an older interaction opened from a bookmark opens for editing, however many came after it', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  const ola = await personQuickly(page.request, csrf, { name: 'Ola', contexts: ['friends'], closeness: 'close', rhythmDays: 7 });
  const old = await interactionQuickly(page.request, csrf, { personIds: [ola], daysAgo: 200, channel: 'in-person', warmth: 2 });
  // More than the newest page the screen once searched.
  for (let day = 1; day <= 101; day++) await interactionQuickly(page.request, csrf, { personIds: [ola], daysAgo: day });

  await page.goto(`/people/log?edit=${old}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Change time together' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'How warm did it feel?' }).getByRole('radio', { name: '2' })).toBeChecked();
  await page.getByRole('group', { name: 'How warm did it feel?' }).getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change time together' })).toBeHidden();
  const saved = await page.request.get(`/api/v1/interactions/${old}`);
  expect(((await saved.json()) as { interaction: { warmth: number } }).interaction.warmth).toBe(4);
});
