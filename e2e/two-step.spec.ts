import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import { askToConfirmOnce } from './support/reauth.js';
import { virtualAuthenticator } from './support/passkeys.js';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { AppLockSettings, LockScreen } from './pages/AppLockPages.js';
import { LoginPage } from './pages/AuthPages.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { SecondStepPage, TwoStepSettings } from './pages/TwoStepPages.js';

// Passkeys belong to a domain name, never a bare IP address: this spec reaches the server as localhost.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 8391}` });

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an authenticator app, recovery codes shown once, a passkey, and each way back in', async ({ page }, testInfo) => {
  const found: string[] = [];
  await virtualAuthenticator(page);
  const { person } = await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  const settings = new SettingsPage(page);
  const twoStep = new TwoStepSettings(page);
  await settings.goto();

  // The app: a QR code and a key to type, then one code proves it.
  const secret = await twoStep.startApp();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  found.push(...(await axe(page)));
  await twoStep.confirmApp(await generate({ secret }));
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
  await expect(twoStep.recoveryCodes).toHaveCount(10);
  const codes = await twoStep.recoveryCodes.allTextContents();
  await expect(page.getByText('This is the only time Steady shows them.')).toBeVisible();
  found.push(...(await axe(page)));
  await page.screenshot({ path: testInfo.outputPath('recovery-codes.png'), fullPage: true });
  await twoStep.keptCodes();
  await expect(twoStep.recoveryCodes).toHaveCount(0);
  await expect(twoStep.section.getByText('An authenticator app is on.')).toBeVisible();
  await expect(twoStep.section.getByText('You have 10 unused recovery codes.')).toBeVisible();

  // A passkey on this device.
  await twoStep.addPasskey('My laptop');
  await expect(twoStep.passkeys.getByText('“My laptop” is added.')).toBeVisible();
  await expect(twoStep.passkeys.locator('.passkey')).toHaveCount(1);
  found.push(...(await axe(page)));
  await page.screenshot({ path: testInfo.outputPath('two-step-settings.png'), fullPage: true });

  // Back in with the password and a recovery code (as after losing a phone).
  await settings.logOut();
  const login = new LoginPage(page);
  await login.attempt(person.email, person.password);
  const second = new SecondStepPage(page);
  await second.expectShown();
  await expect(page.getByRole('button', { name: 'Use my passkey' })).toBeVisible();
  found.push(...(await axe(page)));
  await page.screenshot({ path: testInfo.outputPath('second-step.png'), fullPage: true });
  await second.enterCode(codes[0]!);
  await expect(page).toHaveURL(/\/home$/);

  // And with the passkey alone: no email, no password.
  await settings.goto();
  await settings.logOut();
  await login.goto();
  found.push(...(await axe(page)));
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Ash');

  expect(found).toEqual([]);
});

/** Signs up on a device with a passkey and adds it in Settings (the first one brings recovery codes). */
async function withPasskey(page: Page, displayName: string) {
  await virtualAuthenticator(page);
  const signedUp = await signUpQuickly(page, newPerson({ displayName }));
  await new SettingsPage(page).goto();
  const twoStep = new TwoStepSettings(page);
  await twoStep.addPasskey('This laptop');
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
  await twoStep.keptCodes();
  await expect(twoStep.passkeys.locator('.passkey')).toHaveCount(1);
  return signedUp;
}

test('the device’s passkey opens the locked app', async ({ page }) => {
  const secret = 'Words behind the lock';
  const { csrf } = await withPasskey(page, 'Rowan');
  await writeQuickly(page.request, csrf, { text: secret });
  await new AppLockSettings(page).turnOn('4826', 'After 5 minutes without use');
  await page.goto('/journal');
  await expect(page.getByText(secret)).toBeVisible();
  expect((await page.request.post('/api/v1/app-lock/lock', { headers: { 'x-csrf-token': csrf } })).status()).toBe(204);

  await page.goto('/journal');
  const lock = new LockScreen(page);
  await expect(lock.heading).toBeVisible();
  await expect(page.getByText('Enter your PIN, or use your passkey, to carry on where you were.')).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/e2e/lock-with-passkey.png', fullPage: true });
  await lock.unlockWithPasskey();
  await expect(page.getByText(secret)).toBeVisible();
  await expect(page).toHaveTitle('Journal · Steady');
});

test('the device’s passkey confirms it’s you before a download', async ({ page, console }) => {
  const { csrf } = await withPasskey(page, 'Sage');
  await writeQuickly(page.request, csrf, { text: 'Mine to carry away.' });
  const settings = new SettingsPage(page);
  await settings.goto();
  console.allow(403, /\/api\/v1\/me\/export$/);
  await askToConfirmOnce(page);
  const downloading = page.waitForEvent('download');
  await settings.exportLink('JSON').click();
  await expect(settings.confirmDialog.getByText('Your passkey works too.')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/e2e/confirm-with-passkey.png' });
  await settings.confirmDialog.getByRole('button', { name: 'Use a passkey' }).click();
  const exported = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { journal: { text: string }[] };
  expect(exported.journal.map((e) => e.text)).toEqual(['Mine to carry away.']);
  await expect(settings.confirmDialog).toBeHidden();
});
