import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { LoginPage } from './pages/AuthPages.js';
import { SettingsPage } from './pages/SettingsPage.js';

test('change password, see devices, export, delete the account for good', async ({ page, playwright, baseURL, console }) => {
  const { person, csrf } = await signUpQuickly(page, newPerson({ displayName: 'Jo' }));
  await writeQuickly(page.request, csrf, { text: 'Something worth keeping a copy of.' });

  // A second device signs in too.
  const phone = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Firefox/130.0' },
  });
  expect((await phone.post('/api/v1/auth/login', { data: { email: person.email, password: person.password } })).status()).toBe(200);

  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.sessions).toHaveCount(2);
  await expect(settings.thisDevice).toHaveCount(1);
  await expect(settings.sessions.filter({ hasText: 'Firefox on Android' })).toHaveCount(1);

  // Changing the password ends every other session, and says so.
  const newPassword = 'lighthouse after the rain';
  await settings.changePassword(person.password, newPassword);
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await expect(settings.sessions).toHaveCount(1);
  await expect(settings.thisDevice).toHaveCount(1);
  expect((await phone.get('/api/v1/me')).status()).toBe(401);
  await phone.dispose();

  // Export links download with this session.
  const jsonHref = await settings.exportLink('JSON').getAttribute('href');
  const csvHref = await settings.exportLink('CSV').getAttribute('href');
  const exported = await page.evaluate(async (href) => {
    const res = await fetch(href ?? '');
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as { format: string; journal: { text: string }[] },
    };
  }, jsonHref);
  expect(exported.status).toBe(200);
  expect(exported.type).toContain('application/json');
  expect(exported.body.format).toBe('steady-export/1');
  expect(exported.body.journal.map((e) => e.text)).toEqual(['Something worth keeping a copy of.']);
  const csv = await page.evaluate(async (href) => {
    const res = await fetch(href ?? '');
    return { status: res.status, text: await res.text() };
  }, csvHref);
  expect(csv.status).toBe(200);
  expect(csv.text).toContain('Something worth keeping a copy of.');

  // A wrong password deletes nothing and says which field to fix.
  console.allow(400, /\/api\/v1\/me$/);
  await settings.deleteAccount('not my password at all');
  await expect(page.getByText('This is not your password')).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);

  await settings.deleteAccount(newPassword);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Your account and everything in it have been deleted.')).toBeVisible();

  // Nobody can log in to it again, with either password.
  console.allow(401, /\/api\/v1\/auth\/login$/);
  const login = new LoginPage(page);
  await login.attempt(person.email, newPassword);
  await expect(page.getByText('Email or password is incorrect. Check both and try again.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('profile changes are saved', async ({ page }) => {
  await signUpQuickly(page);
  const settings = new SettingsPage(page);
  await settings.goto();
  const profile = page.getByRole('region', { name: 'Profile' });
  await profile.getByLabel('Your name in Steady').fill('Robin B.');
  await profile.getByLabel('Country or region').selectOption('IE');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Saved.')).toBeVisible();
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Robin B.');
});
