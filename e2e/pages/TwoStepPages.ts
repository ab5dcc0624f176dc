import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Two-step sign-in and Passkeys, as a person uses them. */
export class TwoStepSettings {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Two-step sign-in' });
  }

  get passkeys(): Locator {
    return this.page.getByRole('region', { name: 'Passkeys' });
  }

  get recoveryCodes(): Locator {
    return this.page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  }

  /** Starts the app setup and answers the key shown for typing in by hand. */
  async startApp(): Promise<string> {
    await this.section.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await expect(this.section.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
    return (await this.section.locator('.totp-secret').textContent()) ?? '';
  }

  async confirmApp(code: string): Promise<void> {
    await this.section.getByLabel('Code from the app').fill(code);
    await this.section.getByRole('button', { name: 'Turn on' }).click();
  }

  async keptCodes(): Promise<void> {
    await this.page.getByRole('button', { name: 'I’ve kept them safe' }).click();
  }

  async addPasskey(name: string): Promise<void> {
    await this.passkeys.getByLabel('Name for the new passkey').fill(name);
    await this.passkeys.getByRole('button', { name: 'Add a passkey' }).click();
  }
}

export class SecondStepPage {
  constructor(readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'One more step' })).toBeVisible();
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /recovery code/ }).fill(code);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
