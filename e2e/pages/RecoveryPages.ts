import { expect, type Page } from '@playwright/test';

export class ForgotPage {
  constructor(readonly page: Page) {}

  /** From the log-in page, as someone who forgot would come. */
  async openFromLogin(): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(this.page).toHaveURL(/\/forgot$/);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  }

  async ask(email: string): Promise<string> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByRole('button', { name: 'Send me a link' }).click();
    const answer = this.page.locator('#forgot-message');
    await expect(answer).toContainText('on its way');
    return (await answer.textContent()) ?? '';
  }
}

export class ResetPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async choose(password: string, repeat = password): Promise<void> {
    await this.page.getByLabel('New password').fill(password);
    await this.page.getByLabel('The same password again').fill(repeat);
    await this.page.getByRole('button', { name: 'Save and sign in' }).click();
  }
}
