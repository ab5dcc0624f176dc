import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(this.sessions.first()).toBeVisible();
  }

  get sessions(): Locator {
    return this.page.locator('.session-list > li');
  }

  get thisDevice(): Locator {
    return this.sessions.filter({ hasText: 'This device' });
  }

  async changePassword(current: string, next: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Password' });
    await section.getByLabel('Current password').fill(current);
    await section.getByLabel('New password').fill(next);
    await section.getByRole('button', { name: 'Change password' }).click();
  }

  exportLink(kind: 'JSON' | 'CSV'): Locator {
    return this.page.getByRole('link', { name: kind === 'JSON' ? 'Download everything (JSON)' : 'Download your journal (CSV)' });
  }

  /** Clicks a download; when Steady asks, confirms it is the person with their password. */
  async download(kind: 'JSON' | 'CSV', password?: string): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.exportLink(kind).click();
    if (password !== undefined) await this.confirmItsYou(password);
    const file = await downloading;
    return file.path();
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Confirm it’s you' });
  }

  async confirmItsYou(password: string): Promise<void> {
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByLabel('Your password').fill(password);
    await this.confirmDialog.getByRole('button', { name: 'Continue' }).click();
  }

  async chooseSessionIdle(label: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Staying signed in' }).getByLabel('Ask for my password again').selectOption({ label });
  }

  get capabilityLinks(): Locator {
    return this.page.getByRole('region', { name: 'Links that work without signing in' });
  }

  async turnOffCapabilityLinks(): Promise<void> {
    await this.capabilityLinks.getByRole('button', { name: 'Turn them all off' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Turn off these links?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Turn them off' }).click();
  }

  async deleteAccount(password: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Delete your account' });
    await section.getByLabel('Your password, to confirm it’s you').fill(password);
    await section.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete everything for good?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out' }).click();
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.page.getByText('You’ve logged out.')).toBeVisible();
  }

  /** Chooses an export file for "Bring your data from another Steady". */
  async importExport(json: string): Promise<void> {
    await this.page
      .getByLabel('Choose an export file')
      .setInputFiles({ name: 'steady-export.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  }
}
