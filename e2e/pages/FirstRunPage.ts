import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run welcome at /welcome: four steps, each skippable, the whole of it too. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectStep(n: number, heading: string | RegExp): Promise<void> {
    await expect(this.page.getByText(`Step ${n} of 4`)).toBeVisible();
    await expect(this.heading).toHaveText(heading);
  }

  focusChoice(title: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${title}`) });
  }

  get region(): Locator {
    return this.page.getByLabel('Country or region');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async notNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Not now' }).click();
  }

  async skipAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skip the welcome' }).click();
  }

  async goHome(): Promise<void> {
    await this.page.getByRole('button', { name: 'Go to home' }).click();
  }
}
