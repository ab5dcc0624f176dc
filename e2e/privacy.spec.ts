import { test, expect } from './support/test.js';
import { newPerson } from './support/people.js';
import { browserStorage } from './support/storage.js';
import { SignupPage } from './pages/AuthPages.js';
import { JournalPage } from './pages/JournalPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { UrgePages } from './pages/UrgePages.js';

test('after logging out, the browser keeps nothing private', async ({ page }) => {
  const person = newPerson();
  await new SignupPage(page).signUp(person);
  const secret = `A very private sentence ${Date.now()}`;
  await new JournalPage(page).write(secret);
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.logOut();

  const stored = await browserStorage(page);

  const everything = JSON.stringify(stored);
  expect(everything).not.toContain(secret);
  expect(everything).not.toContain(person.email);
  expect(stored.local).toEqual([]);
  expect(stored.session).toEqual([]);
  expect(stored.cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  expect(stored.cookie).toBe('');
  // The offline outbox (IndexedDB) is deleted, not merely emptied.
  expect(stored.databases).toEqual([]);
});

test('logging out deletes the offline outbox, even with changes still waiting in it', async ({ page, console }) => {
  const person = newPerson();
  await new SignupPage(page).signUp(person);
  // The server is unwell for urges: the save waits in the outbox on this device.
  console.allow(503, /\/api\/v1\/urges$/);
  await page.route('**/api/v1/urges', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: '{"type":"about:blank","title":"Unavailable","status":503}',
        })
      : route.continue(),
  );
  const secret = `Did I upset you earlier ${Date.now()}`;
  const urges = new UrgePages(page);
  await urges.openLog();
  await urges.wantedTo.fill(secret);
  await urges.skipRatings();
  await urges.actionButton('I’m waiting').click();
  await urges.expectPause('device');
  expect(JSON.stringify(await browserStorage(page))).toContain(secret);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await new SettingsPage(page).logOut();

  const stored = await browserStorage(page);
  expect(JSON.stringify(stored)).not.toContain(secret);
  expect(stored.databases).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('steady-outbox');
});
