import { PairPages } from './pages/PairPages.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { ConsoleGuard, expect, test } from './support/test.js';

/**
 * What the partner does reaches the other's open screen without a reload: the link itself, a
 * parked topic on the check-in agenda, a reassurance request, kudos, and finally unlinking.
 */
test('a partner’s link, topic, request and kudos arrive live, and unlinking closes the space at once', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const otherContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const other = await otherContext.newPage();
  const otherConsole = new ConsoleGuard();
  otherConsole.watch(other);
  // Once unlinked, pair objects answer 404 for the screen that was showing them.
  otherConsole.allow(404, /\/api\/v1\/pair\//);

  const alex = await signUpQuickly(page, newPerson({ displayName: 'Alex' }));
  const billie = await signUpQuickly(other, newPerson({ displayName: 'Billie' }));
  const alexPages = new PairPages(page);

  // Alex waits on the pair screen with a code; Billie joins from another browser.
  await alexPages.open();
  const code = await alexPages.makeCode();
  const joined = await other.request.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': billie.csrf } });
  expect(joined.status()).toBe(201);
  await expect(alexPages.heading).toHaveText('You and Billie');

  // Alex keeps the check-in open; Billie parks a shared topic, which joins the agenda.
  await page.goto('/pair/check-in');
  await alexPages.settled();
  const parked = await other.request.post('/api/v1/pair/topics', {
    data: { text: 'How we spend the long weekend', shared: true },
    headers: { 'x-csrf-token': billie.csrf },
  });
  expect(parked.status()).toBe(201);
  await expect(page.getByText('How we spend the long weekend')).toBeVisible();

  // Billie keeps the requests screen open; Alex asks.
  await other.goto('/pair/requests');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  const asked = await page.request.post('/api/v1/pair/requests', {
    data: { context: 'The silence after lunch' },
    headers: { 'x-csrf-token': alex.csrf },
  });
  // Inside the default check-in window the request is still sent; outside it this is the first of the day.
  expect(asked.status()).toBe(201);
  await expect(other.getByRole('region', { name: 'Alex asks' })).toContainText('The silence after lunch');

  // Kudos from Alex appear in Billie's feed.
  await other.goto('/pair/kudos');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  const kudos = await page.request.post('/api/v1/pair/kudos', {
    data: { text: 'You waited for our check-in today', category: 'parked' },
    headers: { 'x-csrf-token': alex.csrf },
  });
  expect(kudos.status()).toBe(201);
  await expect(other.getByText('You waited for our check-in today')).toBeVisible();

  // Alex unlinks; Billie's open pair screen closes the space without a reload.
  await other.goto('/pair');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('You and Alex');
  const left = await page.request.delete('/api/v1/pair', {
    data: { password: alex.person.password },
    headers: { 'x-csrf-token': alex.csrf },
  });
  expect(left.status()).toBe(204);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Link with your partner');
  expect(otherConsole.problems).toEqual([]);
  await otherContext.close();
});
