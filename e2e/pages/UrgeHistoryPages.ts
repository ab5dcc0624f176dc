import { expect, type Locator, type Page } from '@playwright/test';

/** Looking back on logged urges: the history by day, one urge's page, its edit form and deletion. */
export class UrgeHistoryPages {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/urges');
    await this.settled();
  }

  async settled(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Urges you noticed' })).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  /** Day headings, top to bottom. */
  get days(): Locator {
    return this.page.locator('.urge-day-title');
  }

  get cards(): Locator {
    return this.page.locator('.urge-list .urge-card');
  }

  get waiting(): Locator {
    return this.page.getByRole('region', { name: 'Saved on this device' });
  }

  async showEarlier(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show earlier urges' }).click();
  }

  async openUrge(time: string): Promise<void> {
    await this.page.locator('.urge-list').getByRole('link', { name: time }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^The urge from / })).toBeVisible();
  }

  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Editing the urge from / })).toBeVisible();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }

  async delete(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this urge?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
