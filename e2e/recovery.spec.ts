import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { LoginPage } from './pages/AuthPages.js';
import { ForgotPage, ResetPage } from './pages/RecoveryPages.js';

const run = promisify(execFile);
const SHOTS = '/tmp/recovery-shots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the server's admin runs on a Steady without mail: the link goes to stdout. */
async function adminResetLink(email: string, baseURL: string): Promise<string> {
  const { stdout } = await run('node', ['bin/steady.mjs', 'user', 'reset-link', email], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: process.env.STEADY_E2E_DATA_DIR, PUBLIC_URL: baseURL },
  });
  return stdout.trim();
}

test('a forgotten password: the same calm answer for any email, the admin’s link, a new password, and every word still there', async ({
  page,
  browser,
  baseURL,
  console,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const { person, csrf } = await signUpQuickly(page, newPerson({ displayName: 'Ari' }));
  await writeQuickly(page.request, csrf, { text: 'A line I would hate to lose.' });

  // On another browser, where nobody is signed in.
  const context = await browser.newContext();
  const other = await context.newPage();
  const forgot = new ForgotPage(other);
  await forgot.openFromLogin();
  const known = await forgot.ask(person.email);
  await forgot.openFromLogin();
  expect(await forgot.ask('nobody-at-all@example.com')).toBe(known);
  expect((await new AxeBuilder({ page: other }).withTags(TAGS).analyze()).violations).toEqual([]);
  await other.screenshot({ path: `${SHOTS}/forgot.png`, fullPage: true });

  const link = await adminResetLink(person.email, baseURL!);
  expect(link).toMatch(/\/reset#token=/);
  const reset = new ResetPage(other);
  await reset.open(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  // The token leaves the address bar as soon as it is read.
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  expect((await new AxeBuilder({ page: other }).withTags(TAGS).analyze()).violations).toEqual([]);
  await other.screenshot({ path: `${SHOTS}/reset.png`, fullPage: true });

  await reset.choose('a kettle on a slow morning', 'a kettle on a slow mornin');
  await expect(other.getByText('These two are not the same yet')).toBeVisible();
  await reset.choose('a kettle on a slow morning');
  await expect(other).toHaveURL(/\/home$/);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Hello, Ari');
  await other.goto('/journal');
  await expect(other.getByText('A line I would hate to lose.')).toBeVisible();

  // The first browser's session ended with the reset.
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);

  // The same link a second time: kind words and a way on.
  console.allow(400, /password-reset\/complete/);
  await reset.open(link);
  await reset.choose('another kettle, another morning');
  await expect(other.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  expect((await new AxeBuilder({ page: other }).withTags(TAGS).analyze()).violations).toEqual([]);
  await other.screenshot({ path: `${SHOTS}/stale.png`, fullPage: true });
  await context.close();

  // The new password works on the log-in page; the old one does not.
  console.allow(401, /auth\/login/);
  const login = new LoginPage(page);
  await login.attempt(person.email, person.password);
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await login.logIn(person.email, 'a kettle on a slow morning');
});
