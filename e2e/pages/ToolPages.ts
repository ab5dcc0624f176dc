import { expect, type Locator, type Page } from '@playwright/test';
import { UrgePages } from './UrgePages.js';

/** The toolkit: every tool rates distress before and after and then saves a session. */
export class ToolPages {
  private readonly sliders: UrgePages;

  constructor(readonly page: Page) {
    this.sliders = new UrgePages(page);
  }

  async open(path = '/tools'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async before(distress: number): Promise<void> {
    await this.sliders.rate('How distressed do you feel right now?', distress);
  }

  async after(distress: number): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'How is it now?' })).toBeVisible();
    await this.sliders.rate('How distressed do you feel now?', distress);
    await this.page.getByRole('button', { name: 'Save this session' }).click();
  }

  get saved(): Locator {
    return this.page.getByRole('heading', { name: /^Saved\./ });
  }

  async breathe(opts: {
    pattern: 'Box breathing' | '4-7-8 breathing' | 'Resonance breathing';
    minutes: 1 | 3 | 5;
    before: number;
  }): Promise<void> {
    await this.page.getByLabel(opts.pattern).check();
    await this.page.getByLabel(`${opts.minutes} ${opts.minutes === 1 ? 'minute' : 'minutes'}`).check();
    await this.before(opts.before);
    await this.page.getByRole('button', { name: 'Start breathing' }).click();
  }
}

export class ThoughtPages {
  constructor(readonly page: Page) {}

  async startNew(): Promise<void> {
    await this.page.goto('/tools/thoughts');
    await this.page.getByRole('link', { name: 'New thought record' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New thought record' })).toBeVisible();
  }

  trap(name: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  get record(): Locator {
    return this.page.getByTestId('thought-record');
  }
}
