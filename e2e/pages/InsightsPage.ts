import { expect, type Locator, type Page } from '@playwright/test';

export class InsightsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/insights');
    await expect(this.page.getByRole('heading', { level: 1, name: 'What your entries show' })).toBeVisible();
    await expect(this.page.getByText('Gathering your insights…')).toHaveCount(0);
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
