import { test, expect } from './support/test.js';
import { listAll, signUpQuickly } from './support/people.js';
import { ToolPages } from './pages/ToolPages.js';
import { UrgePages } from './pages/UrgePages.js';

interface UrgeRow {
  id: string;
  action: string;
  delayMinutes: number | null;
  followUps: { minutesAfter: number; anxiety: number }[];
}
interface SessionRow {
  id: string;
  tool: string;
  urgeId: string | null;
}

test('with no connection, an urge, its follow-up and a tool session wait on the device and sync exactly once', async ({
  page,
  context,
  console,
}) => {
  // The connection is cut on purpose; anything the browser logs about that is expected.
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  await signUpQuickly(page);
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Gathering your entries…')).toHaveCount(0);

  await context.setOffline(true);
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.rate('How anxious do you feel?', 8);
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('device');

  // A follow-up for the urge that only exists on this device so far.
  await urges.startTimer(5);
  await page.getByRole('button', { name: 'I’m ready to check in now' }).click();
  await urges.answerTimer(6, 'Not yet');
  await expect(page.getByText('Saved on this device. It will sync when you’re back online.').first()).toBeVisible();

  // A breathing session linked to that urge, from the pause flow.
  await page.getByRole('link', { name: 'Paced breathing' }).click();
  const tools = new ToolPages(page);
  await tools.breathe({ pattern: 'Resonance breathing', minutes: 1, before: 6 });
  await page.getByRole('button', { name: 'Stop here' }).click();
  await tools.after(4);
  await expect(page.getByText(/Saved on this device; it will sync when you’re back online\./)).toBeVisible();
  // The urge, how long the person chose to wait, the follow-up and the session.
  await expect(page.getByText('4 things are saved on this device and will sync when you’re back online.')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(/saved on this device and will sync/)).toHaveCount(0);

  const saved = await listAll<UrgeRow>(page.request, '/api/v1/urges');
  expect(saved).toHaveLength(1);
  expect(saved[0]?.action).toBe('delayed');
  expect(saved[0]?.delayMinutes).toBe(5);
  expect(saved[0]?.followUps).toHaveLength(1);
  expect(saved[0]?.followUps[0]?.anxiety).toBe(6);
  const sessions = await listAll<SessionRow>(page.request, '/api/v1/tool-sessions');
  expect(sessions).toHaveLength(1);
  expect(sessions[0]).toMatchObject({ tool: 'breathing', urgeId: saved[0]?.id });

  // Replaying again (as a new app start would) sends nothing twice.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await listAll(page.request, '/api/v1/urges')).toHaveLength(1);
  expect(await listAll(page.request, '/api/v1/tool-sessions')).toHaveLength(1);
});

test('when the answer to a save is lost on the way back, the retry does not make a second copy', async ({ page, console }) => {
  console.allowMessage(/net::ERR_FAILED/);
  await signUpQuickly(page);
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first create reaches the server, but its answer never arrives.
  let dropped = 0;
  await page.route('**/api/v1/urges', async (route) => {
    if (route.request().method() === 'POST' && dropped === 0) {
      dropped += 1;
      await route.fetch();
      await route.abort('failed');
      return;
    }
    await route.continue();
  });

  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.skipRatings();
  await urges.actionButton('I soothed myself').click();
  await urges.expectPause('server');
  expect(dropped).toBe(1);
  expect(await listAll(page.request, '/api/v1/urges')).toHaveLength(1);
});
