import { expect, type Locator, type Page } from '@playwright/test';

export class SosPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/sos');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('You don’t have to get through this alone');
  }

  callLink(number: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: `Call ${number}` });
  }

  async chooseRegion(code: string): Promise<void> {
    await this.page.getByLabel('Show support lines for').selectOption(code);
  }

  async groundingNext(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Start|Next|Finish)$/ }).click();
  }
}
