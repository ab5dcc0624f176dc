import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → "Lock Steady on this device". */
export class AppLockSettings {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Lock Steady on this device' });
  }

  async turnOn(pin: string, after: string): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.section.getByRole('button', { name: 'Turn the lock on' })).toBeVisible();
    await this.section.getByLabel('PIN', { exact: true }).fill(pin);
    await this.section.getByLabel('Lock', { exact: true }).selectOption({ label: after });
    await this.section.getByRole('button', { name: 'Turn the lock on' }).click();
    await expect(this.section.getByText('The lock is on.')).toBeVisible();
  }
}

/** The screen that stands in for every other while the app is locked. */
export class LockScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Steady is locked' });
  }

  async unlock(pin: string): Promise<void> {
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  /** The device answers at once: the spec's virtual authenticator stands in for its screen lock. */
  async unlockWithPasskey(): Promise<void> {
    await this.passkeyButton.click();
  }

  get passkeyButton(): Locator {
    return this.page.getByRole('button', { name: 'Use a passkey' });
  }

  get quickExit(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^(Quick exit|Exit)\b/ });
  }
}
