import { AxeBuilder } from '@axe-core/playwright';
import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { LoginPage } from './pages/AuthPages.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { SecondStepPage, TwoStepSettings } from './pages/TwoStepPages.js';

// Passkeys belong to a domain name, never a bare IP address: this spec reaches the server as localhost.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 8391}` });

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${page.url()}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Chromium's own virtual authenticator (CDP), standing in for a phone's screen lock. */
async function virtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
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
