import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen shares: the header with its SOS link, the main heading, the nav. */
export class AppShell {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get sosLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: 'Need help now?' });
  }

  /** "I want reassurance": signed in only, beside SOS in the header (a bar at the bottom on a phone). */
  get urgeLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: 'I want reassurance' });
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  /** Waits until the page has settled: its heading is there and nothing says "One moment…". */
  async settled(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('One moment…')).toHaveCount(0);
  }

  async openSos(): Promise<void> {
    await this.sosLink.click();
    await expect(this.page).toHaveURL(/\/sos$/);
    await expect(this.heading).toHaveText('You don’t have to get through this alone');
  }
}
