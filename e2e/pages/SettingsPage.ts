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
