import type { Locator } from '@playwright/test';
import { test, expect } from './support/test.js';
import { listAll, signUpQuickly, urgeQuickly } from './support/people.js';
import { JournalPage } from './pages/JournalPage.js';
import { UrgePages } from './pages/UrgePages.js';

interface UrgeRow {
  id: string;
  action: string;
  intensity: number | null;
  anxietyBefore: number | null;
  triggers: string[];
  wantedTo: string | null;
  delayMinutes: number | null;
  followUps: { minutesAfter: number; anxiety: number }[];
}

test('an urge is logged from the home screen in three taps or fewer', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const urges = new UrgePages(page);

  let taps = 0;
  const tap = async (target: Locator) => {
    taps += 1;
    await target.click();
  };

  await tap(urges.urgeLink);
  await expect(urges.actionButton('I asked anyway')).toBeVisible();
  // Skipping the ratings is one tap, and a choice: nothing is saved as a number nobody gave.
  await tap(page.getByRole('button', { name: 'Skip the ratings' }));
  await tap(urges.actionButton('I asked anyway'));
  await urges.expectPause('server');
  expect(taps).toBeLessThanOrEqual(3);

  // Asking anyway is information, never a failure.
  await expect(page.getByText('Asking is information, not a failure')).toBeVisible();

  const saved = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ action: 'sought', intensity: null, anxietyBefore: null, triggers: [], wantedTo: null });
});

test('untouched urge sliders show no number and are not saved as one: each is moved or skipped', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  const strength = page.getByRole('slider', { name: 'How strong is the urge?' });
  const anxiety = page.getByRole('slider', { name: 'How anxious do you feel?' });
  await expect(strength).toHaveAttribute('aria-valuetext', 'not chosen yet');
  await expect(anxiety).toHaveAttribute('aria-valuetext', 'not chosen yet');
  await expect(page.locator('.rating-output')).toHaveText(['–', '–']);

  // Choosing what you did with both untouched saves nothing and says what is missing.
  await urges.actionButton('I’m waiting').click();
  await expect(page.getByText('Move the slider to where you are, or skip the ratings.')).toHaveCount(2);
  await expect(page).toHaveURL(/\/urge$/);
  expect(await listAll<UrgeRow>(page.request, '/api/v1/urges')).toEqual([]);

  // One moved, the other skipped: the skip is kept as no number, the rating as given.
  await urges.rate('How strong is the urge?', 6);
  await expect(page.getByText('Move the slider to where you are, or skip the ratings.')).toHaveCount(1);
  await page.getByRole('button', { name: 'Skip the other rating' }).click();
  await expect(anxiety).toHaveAttribute('aria-valuetext', 'skipped');
  await expect(page.getByText('Skipped, and that’s fine.', { exact: false })).toBeVisible();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');
  const saved = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ intensity: 6, anxietyBefore: null });

  // The history says so in words, and never shows a number for it.
  await page.goto('/urges');
  await expect(page.locator('.urge-card-facts').first()).toContainText(/Urge\s*6 out of 10/);
  await expect(page.locator('.urge-card-facts').first()).toContainText(/Anxiety\s*not rated/);
});

test('the log form takes triggers, words and ratings, and keeps SOS one tap away', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  await urgeQuickly(page.request, csrf, {
    action: 'parked',
    triggers: ['late reply'],
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
  });
  await page.goto('/journal');
  const urges = new UrgePages(page);
  await urges.openLog();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Need help now?' })).toBeVisible();

  // The person's own past trigger is offered; a new one can be typed.
  await urges.trigger('late reply').click();
  await expect(urges.trigger('late reply')).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Add your own trigger').fill('Quiet evening');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(urges.trigger('quiet evening')).toHaveAttribute('aria-pressed', 'true');
  await urges.rate('How strong is the urge?', 8);
  await urges.rate('How anxious do you feel?', 7);
  await urges.wantedTo.fill('Are you still coming home tonight?');
  // Alone, nobody promises a check-in: parking keeps it on the person's own list.
  await urges.actionButton('Keep it for my next reflection').click();
  await urges.expectPause('server');
  await expect(page.getByText('It’s on your list for your next reflection', { exact: false })).toBeVisible();

  const [latest] = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(latest).toMatchObject({
    action: 'parked',
    intensity: 8,
    anxietyBefore: 7,
    triggers: ['late reply', 'quiet evening'],
    wantedTo: 'Are you still coming home tonight?',
  });
});

test('crisis words in the urge log show support at once, without blocking the save', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.wantedTo.fill('I want to ask if they still love me. Honestly I don’t want to be alive anymore.');
  await expect(page.getByRole('region', { name: 'You don’t have to hold this alone' })).toBeVisible();
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');
  await expect(page.getByRole('region', { name: 'You don’t have to hold this alone' })).toBeVisible();
});

test('the pause timer ends gently and saves how the person feels as a follow-up', async ({ page }) => {
  // Playwright's clock: the five minutes pass in an instant, with no test-only switch in the app.
  await page.clock.install();
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.rate('How anxious do you feel?', 7);
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');

  await urges.startTimer(5);
  await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await page.clock.fastForward('05:01');
  // A calm sentence, no sound and no alarm.
  await expect(page.getByRole('heading', { name: 'The time is up. You stayed with it.' })).toBeVisible();
  await urges.answerTimer(4, 'It’s softer');
  await expect(page.getByRole('heading', { name: 'It has softened a little. That counts, and it often keeps easing.' })).toBeVisible();
  await expect(page.getByText('Your anxiety was 7 out of 10 when the urge came, and 4 out of 10 about 5 minutes later.')).toBeVisible();

  const [urge] = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(urge?.delayMinutes).toBe(5);
  expect(urge?.followUps).toHaveLength(1);
  expect(urge?.followUps[0]).toMatchObject({ minutesAfter: 5, anxiety: 4 });
});

test('a small check-in asks about an urge from half an hour ago, and “Not now” means not now', async ({ page }) => {
  const { csrf } = await signUpQuickly(page);
  const id = await urgeQuickly(page.request, csrf, {
    action: 'sought',
    anxietyBefore: 8,
    occurredAt: new Date(Date.now() - 40 * 60_000).toISOString(),
  });
  await page.goto('/home');
  const prompt = page.getByRole('region', { name: 'A quick check-in, if you like' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('About half an hour ago you noticed an urge for reassurance and asked.');
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recently written' })).toBeVisible();
  await expect(prompt).toHaveCount(0);

  // A different urge, about two hours ago, gets its own single question.
  await urgeQuickly(page.request, csrf, { action: 'soothed', occurredAt: new Date(Date.now() - 100 * 60_000).toISOString() });
  await page.reload();
  await expect(prompt).toContainText('A couple of hours ago you noticed an urge for reassurance, and chose “I soothed myself”.');
  await new UrgePages(page).rate('How anxious do you feel now?', 3);
  await prompt.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Thank you. That’s saved.')).toBeVisible();

  const all = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  const soothed = all.find((u) => u.action === 'soothed');
  expect(soothed?.followUps).toHaveLength(1);
  expect(soothed?.followUps[0]?.anxiety).toBe(3);
  expect(soothed?.followUps[0]?.minutesAfter).toBeGreaterThanOrEqual(99);
  expect(all.find((u) => u.id === id)?.followUps).toHaveLength(0);
});

test('mid-sentence in the journal, the urge log still opens in one tap, and the words wait', async ({ page }) => {
  await signUpQuickly(page);
  const journal = new JournalPage(page);
  await journal.startWriting();
  await journal.type('Half a thought about tonight');
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: 'Write an entry' }).click();
  await expect(journal.textBox).toHaveValue('Half a thought about tonight');
});

test('a reload mid-pause shows the same time left on the timer', async ({ page }) => {
  await page.clock.install();
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.rate('How anxious do you feel?', 7);
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('server');
  await urges.startTimer(5);
  await page.clock.fastForward('02:00');
  await expect(page.getByRole('timer')).toHaveText(/^(2:5\d|3:00)$/);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^(2:5\d|3:00)$/);
});
