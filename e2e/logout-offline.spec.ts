import type { BrowserContext, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson, type Person } from './support/people.js';
import { browserStorage } from './support/storage.js';
import { LoginPage, SignupPage } from './pages/AuthPages.js';
import { SettingsPage } from './pages/SettingsPage.js';

const LOGOUT = '**/api/v1/auth/logout';

interface Fixtures {
  page: Page;
  context: BrowserContext;
  playwright: PlaywrightWorkerArgs['playwright'];
  baseURL: string | undefined;
}

/**
 * Signs a new person up, then logs out from Settings with the connection cut. Returns their
 * session as seen from outside the page (the same cookie), to ask the server whether it still lives.
 */
async function logOutOffline({ page, context, playwright, baseURL }: Fixtures, person: Person = newPerson()) {
  await new SignupPage(page).signUp(person);
  const old = await playwright.request.newContext({ baseURL, storageState: { cookies: await context.cookies(), origins: [] } });
  expect((await old.get('/api/v1/me')).status()).toBe(200);
  const settings = new SettingsPage(page);
  await settings.goto();
  await context.setOffline(true);
  await settings.logOut();
  return old;
}

test('logging out offline forgets everything at once and ends the session on the server once back online', async ({
  console,
  page,
  context,
  playwright,
  baseURL,
}) => {
  const fixtures = { page, context, playwright, baseURL };
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED/);
  const person = newPerson();
  const old = await logOutOffline(fixtures, person);

  // Nothing private stays behind; only a note that the server still has to hear about it.
  const offline = await browserStorage(page);
  expect(JSON.stringify(offline)).not.toContain(person.email);
  expect(offline.local).toEqual(['steady:logoutPending=1']);
  expect(offline.session).toEqual([]);
  expect(offline.databases).toEqual([]);
  expect((await old.get('/api/v1/me')).status()).toBe(200);

  await context.setOffline(false);
  await expect.poll(async () => (await old.get('/api/v1/me')).status()).toBe(401);
  await expect.poll(async () => (await browserStorage(page)).local).toEqual([]);
  await expect(page.getByText('You’ve logged out.')).toBeVisible();
  await old.dispose();

  // Opening the app again finds nobody signed in.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();
});

test('a log-out still waiting when the app is next opened is finished before anything else', async ({
  console,
  page,
  context,
  playwright,
  baseURL,
}) => {
  const fixtures = { page, context, playwright, baseURL };
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
  const old = await logOutOffline(fixtures);
  // Back online, but the log-out request still cannot get through.
  await page.route(LOGOUT, (route) => route.abort('failed'));
  await context.setOffline(false);
  expect((await old.get('/api/v1/me')).status()).toBe(200);

  await page.unroute(LOGOUT);
  await page.goto('/home');
  // Not signed back in by the cookie the browser still holds: the session is ended first.
  await expect(page).toHaveURL(/\/login\?next=%2Fhome$/);
  expect((await old.get('/api/v1/me')).status()).toBe(401);
  expect((await browserStorage(page)).local).toEqual([]);
  await old.dispose();
});

test('a log-out still waiting for the server never ends the next person’s session', async ({
  console,
  page,
  context,
  playwright,
  baseURL,
}) => {
  const fixtures = { page, context, playwright, baseURL };
  console.allowMessage(/net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
  const next = newPerson({ displayName: 'Sam' });
  const setup = await playwright.request.newContext({ baseURL });
  const signedUp = await setup.post('/api/v1/auth/signup', { data: next });
  expect(signedUp.status()).toBe(201);
  // Sam has been here before: the first-run welcome is behind them, so logging in opens home.
  const { csrfToken } = (await signedUp.json()) as { csrfToken: string };
  expect((await setup.patch('/api/v1/me', { data: { welcome: 'completed' }, headers: { 'x-csrf-token': csrfToken } })).status()).toBe(200);
  await setup.dispose();

  const old = await logOutOffline(fixtures);
  await page.route(LOGOUT, (route) => route.abort('failed'));
  await context.setOffline(false);
  await new LoginPage(page).logIn(next.email, next.password);
  await page.unroute(LOGOUT);

  // Signing in set the old log-out aside: Sam stays signed in, after a reload too.
  expect((await browserStorage(page)).local).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sam');
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);
  await old.dispose();
});
