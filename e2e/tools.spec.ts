import { test, expect } from './support/test.js';
import { listAll, signUpQuickly } from './support/people.js';
import { InsightsPage } from './pages/InsightsPage.js';
import { ThoughtPages, ToolPages } from './pages/ToolPages.js';
import { UrgePages } from './pages/UrgePages.js';

interface SessionRow {
  id: string;
  tool: string;
  variant: string | null;
  distressBefore: number;
  distressAfter: number;
  durationSeconds: number;
  urgeId: string | null;
}

test('a breathing session runs its full length, is saved, and shows up in insights', async ({ page }) => {
  await page.clock.install();
  await signUpQuickly(page);
  const tools = new ToolPages(page);
  await tools.open('/tools/breathing');
  await tools.breathe({ pattern: '4-7-8 breathing', minutes: 1, before: 7 });

  // With motion allowed, a shape grows and shrinks; the words say the same.
  await expect(page.locator('.breath-shape')).toBeVisible();
  await expect(page.locator('.breath-word')).toHaveText('Breathe in');
  await page.clock.fastForward('01:05');
  await tools.after(3);
  await expect(tools.saved).toHaveText('Saved. It eased a little.');
  await expect(page.getByText('Distress went from 7 to 3.')).toBeVisible();

  const [session] = await listAll<SessionRow>(page.request, '/api/v1/tool-sessions');
  expect(session).toMatchObject({ tool: 'breathing', variant: '4-7-8', distressBefore: 7, distressAfter: 3, urgeId: null });
  expect(session?.durationSeconds).toBeGreaterThanOrEqual(55);

  const insights = new InsightsPage(page);
  await insights.open();
  const helps = insights.section('What helps you');
  await expect(helps).toContainText('Based on 1 session.');
  await expect(helps).toContainText('Still gathering: Paced breathing (1 of 5).');
});

test('with reduced motion, breathing is guided by words that do not move', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signUpQuickly(page);
  const tools = new ToolPages(page);
  await tools.open('/tools/breathing');
  await tools.breathe({ pattern: 'Box breathing', minutes: 1, before: 5 });
  await expect(page.locator('.breath-text')).toHaveText(/^Breathe in… \d$/);
  await expect(page.locator('.breath-shape')).toHaveCount(0);
  await page.getByRole('button', { name: 'Stop here' }).click();
  await tools.after(5);
  await expect(tools.saved).toHaveText('Saved. Thank you for taking the time.');
});

test('a tool opened from the pause flow is linked to that urge', async ({ page }) => {
  await signUpQuickly(page);
  await page.goto('/home');
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.skipRatings();
  await urges.actionButton('I soothed myself').click();
  await urges.expectPause('server');
  await page.getByRole('link', { name: '5-4-3-2-1 grounding' }).click();
  const tools = new ToolPages(page);
  await tools.before(6);
  await page.getByRole('button', { name: 'Start grounding' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await tools.after(4);
  await expect(tools.saved).toBeVisible();
  await page.getByRole('link', { name: 'Back to your pause' }).click();
  await expect(urges.pauseHeading).toBeVisible();

  const [urge] = await listAll<{ id: string }>(page.request, '/api/v1/urges');
  const [session] = await listAll<SessionRow>(page.request, '/api/v1/tool-sessions');
  expect(session).toMatchObject({ tool: 'grounding', distressBefore: 6, distressAfter: 4, urgeId: urge?.id });
});

test('muscle relaxation can pause, carry on and finish early', async ({ page }) => {
  await page.clock.install();
  await signUpQuickly(page);
  const tools = new ToolPages(page);
  await tools.open('/tools/muscles');
  await tools.before(5);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Hands: tense' })).toBeVisible();
  await page.clock.fastForward('00:06');
  await expect(page.getByRole('heading', { name: 'Hands: release' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('heading', { name: 'Hands: release' })).toBeVisible();
  await page.getByRole('button', { name: 'Carry on' }).click();
  await page.getByRole('button', { name: 'Next area' }).click();
  await expect(page.getByRole('heading', { name: 'Upper arms: tense' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish here' }).click();
  await tools.after(3);
  await expect(tools.saved).toBeVisible();
});

test('a thought record is written, read, edited and deleted', async ({ page }) => {
  await signUpQuickly(page);
  const thoughts = new ThoughtPages(page);
  await thoughts.startNew();
  await page.getByLabel('The situation').fill('They went quiet after I mentioned the weekend.');
  await page.getByLabel('The thought that came up').fill('They are losing interest in me.');
  await page.getByLabel('The feeling', { exact: true }).fill('anxious');
  await thoughts.trap('Mind reading').check();
  await thoughts.trap('Fortune telling').check();
  await expect(page.getByText('Feeling sure you know what someone else thinks without them saying it.')).toBeVisible();
  await page.getByLabel('What supports the thought?').fill('The reply was short.');
  await page.getByLabel('What doesn’t fit with it?').fill('They were at work, and they asked about my day this morning.');
  await page.getByLabel('A more balanced thought').fill('A short reply at work is more likely about their day than about me.');
  await page.getByRole('button', { name: 'Rate it again' }).click();
  await new UrgePages(page).rate('How strong is the feeling now?', 3);
  await page.getByRole('button', { name: 'Save thought record' }).click();

  await expect(page.getByText('Saved. This record is yours alone.')).toBeVisible();
  await expect(thoughts.record).toContainText('They are losing interest in me.');
  await expect(thoughts.record).toContainText('Mind reading');
  await expect(thoughts.record).toContainText('anxious, 5 out of 10; 3 out of 10 afterwards');

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('A more balanced thought').fill('A short reply usually means a busy day.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(thoughts.record).toContainText('A short reply usually means a busy day.');

  // A re-rated record also counts as a reframing session in "what helps you".
  const sessions = await listAll<SessionRow>(page.request, '/api/v1/tool-sessions');
  expect(sessions).toHaveLength(1);
  expect(sessions[0]).toMatchObject({ tool: 'reframe', distressBefore: 5, distressAfter: 3 });

  await page.goto('/tools/thoughts');
  await expect(page.locator('.entry-list > li')).toHaveCount(1);
  await page.locator('.entry-list > li a').first().click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete this thought record?' }).getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText('The thought record was deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'None yet' })).toBeVisible();
});

test('reflective writing opens the journal with the prompt chosen, then asks how it feels', async ({ page }) => {
  await signUpQuickly(page);
  const tools = new ToolPages(page);
  await tools.open('/tools/journal');
  await page.getByLabel('What set off the worry, and what else was going on around it?').check();
  await tools.before(6);
  await page.getByRole('button', { name: 'Start writing' }).click();
  await expect(page).toHaveURL(/\/journal\/new\?prompt=trigger/);
  await expect(page.getByLabel('Writing prompt')).toHaveValue('trigger');
  await page.getByLabel('What’s on your mind?').fill('The plans for Saturday were still open and that left me unsettled.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Your entry is saved in your journal.')).toBeVisible();
  await tools.after(4);
  await expect(tools.saved).toBeVisible();

  const [session] = await listAll<SessionRow>(page.request, '/api/v1/tool-sessions');
  expect(session).toMatchObject({ tool: 'journal', variant: 'trigger', distressBefore: 6, distressAfter: 4 });
  expect(await listAll(page.request, '/api/v1/journal')).toHaveLength(1);
});

test('an untouched distress slider has no number and cannot be saved as one', async ({ page }) => {
  await signUpQuickly(page);
  const tools = new ToolPages(page);
  await tools.open('/tools/grounding');
  const before = page.getByRole('slider', { name: 'How distressed do you feel right now?' });
  await expect(before).toHaveAttribute('aria-valuetext', 'not chosen yet');
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page.getByText('Move the slider to where you are, or skip the rating.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();

  // Skipping is a choice: the tool runs, and nothing is saved with a number nobody gave.
  await page.getByRole('button', { name: 'Skip the rating' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeHidden();
  expect(await listAll<SessionRow>(page.request, '/api/v1/tool-sessions')).toEqual([]);
});
