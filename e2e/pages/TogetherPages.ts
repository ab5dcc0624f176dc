import { expect, type Page } from '@playwright/test';

async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('One moment…')).toHaveCount(0);
}

/** The request screen, for the one who asks and the one who answers. */
export class RequestsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/pair/requests');
    await settled(this.page);
  }

  async ask(context: string): Promise<void> {
    await this.page.getByLabel('A few words of context').fill(context);
    await this.page.getByRole('button', { name: 'Send request' }).click();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: /^Listen now/ }).click();
  }

  async writePlan(plan: string): Promise<void> {
    await this.page.getByLabel('What will you do next?').fill(plan);
    await this.page.getByRole('button', { name: 'Save my plan' }).click();
  }
}

export class KudosPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/pair/kudos');
    await settled(this.page);
  }

  async give(text: string, category: string): Promise<void> {
    await this.page.getByLabel('What did you notice?').fill(text);
    await this.page.getByLabel(/What kind of effort/).selectOption({ label: category });
    await this.page.getByRole('button', { name: 'Send kudos' }).click();
  }
}

export class StressPlanPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/pair/stress-plan');
    await settled(this.page);
  }

  async propose(step: { notice: string; will: string; help: string }): Promise<void> {
    await this.page.getByLabel('If I notice…').fill(step.notice);
    await this.page.getByLabel('I will…').fill(step.will);
    await this.page.getByLabel(/You can help by…/).fill(step.help);
    await this.page.getByRole('button', { name: 'Propose this plan' }).click();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accept this plan' }).click();
  }
}
