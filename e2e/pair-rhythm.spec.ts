import { PairPages } from './pages/PairPages.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { ConsoleGuard, expect, test } from './support/test.js';

test('two people link, agree on a rhythm, park a topic and hold their check-in', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', reducedMotion: 'reduce' });
  const other = await otherContext.newPage();
  const otherConsole = new ConsoleGuard();
  otherConsole.watch(other);

  await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  await signUpQuickly(other, newPerson({ displayName: 'Billie' }));
  const alex = new PairPages(page);
  const billie = new PairPages(other);

  // Link through the screens: Alex makes a code, Billie types it in.
  await alex.open();
  await expect(alex.heading).toHaveText('Link with your partner');
  await alex.expectAccessible();
  const code = await alex.makeCode();
  await expect(page.getByText(/^Works until /)).toBeVisible();
  await billie.open();
  await billie.join(code);
  await expect(billie.heading).toHaveText('You and Alex');
  await page.reload();
  await expect(alex.heading).toHaveText('You and Billie');
  await alex.expectAccessible();

  // Alex proposes a rhythm half an hour from now (London time), so the check-in is open to complete
  // today: a check-in can be marked done only from an hour before it starts.
  const at = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + 30 * 60_000),
  );
  await alex.proposeDaily(at, 20);
  await expect(page.getByText('Version 1 is proposed. It applies once Billie accepts it.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waiting for Billie' })).toBeVisible();
  await alex.expectAccessible();
  await other.reload();
  await other.getByRole('link', { name: 'Review the proposal' }).click();
  await billie.settled();
  await other.getByRole('button', { name: 'Accept version 1' }).click();
  await expect(other.getByRole('heading', { name: 'In force: version 1' })).toBeVisible();
  await expect(other.getByText(`Every day at ${at}, 20 minutes`, { exact: false }).first()).toBeVisible();

  // Billie parks a shared topic and a private one.
  await billie.open();
  await billie.park('Plans for the winter holidays', true);
  await expect(other.getByText('Parked for your next check-in; Alex will see it there.')).toBeVisible();
  await billie.park('A worry I want to look at alone first', false);
  await expect(other.getByText('Parked, just for you.')).toBeVisible();

  // Alex sees the shared one on the check-in agenda (after a reload: live updates come separately), never the private one.
  await page.goto('/pair');
  await alex.settled();
  await page.getByRole('link', { name: 'Open the check-in' }).click();
  await alex.settled();
  await expect(alex.heading).toHaveText('Check-in with Billie');
  await expect(page.getByText('Plans for the winter holidays')).toBeVisible();
  await expect(page.getByText('From Billie')).toBeVisible();
  await expect(page.getByText('A worry I want to look at alone first')).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveText('20:00');
  await alex.expectAccessible();

  await page.getByRole('button', { name: 'Start the timer' }).click();
  await page.getByRole('checkbox', { name: /Plans for the winter holidays/ }).check();
  await page.getByLabel('Shared notes').fill('Two visits, one quiet week at home.');
  await page.getByRole('button', { name: 'Complete the check-in' }).click();
  await expect(alex.heading).toHaveText('Check-in done');
  await expect(page.getByText('You talked one topic through together.', { exact: false })).toBeVisible();
  await alex.expectAccessible();

  // Billie's next agenda no longer holds the discussed topic, but still her private one.
  await other.goto('/pair/check-in');
  await billie.settled();
  await expect(other.getByText('A worry I want to look at alone first')).toBeVisible();
  await expect(other.getByText('Only you can see this')).toBeVisible();
  await expect(other.getByText('Plans for the winter holidays')).toHaveCount(0);

  // Alex unlinks after the password; Billie's shared space closes at once.
  await alex.open();
  await page.getByLabel('Your password, to confirm it’s you').fill('quiet harbour morning tea');
  await page.getByRole('button', { name: 'Unlink…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, unlink now' }).click();
  await expect(alex.heading).toHaveText('Link with your partner');
  await other.reload();
  await expect(billie.heading).toHaveText('You are not linked with anyone right now');
  await other.goto('/pair');
  await expect(billie.heading).toHaveText('Link with your partner');

  expect(otherConsole.problems).toEqual([]);
  await otherContext.close();
});
