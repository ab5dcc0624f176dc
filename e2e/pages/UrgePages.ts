import { expect, type Locator, type Page } from '@playwright/test';

export type UrgeActionLabel =
  'I asked anyway' | 'I’m waiting' | 'I soothed myself' | 'Park it for the check-in' | 'Keep it for my next reflection' | 'I used my plan';

/** "I want reassurance": the log form and the pause flow after it. */
export class UrgePages {
  constructor(readonly page: Page) {}

  /** The persistent action under the header, on every signed-in screen. */
  get urgeLink(): Locator {
    return this.page.getByRole('link', { name: 'I want reassurance' });
  }

  actionButton(label: UrgeActionLabel): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  get wantedTo(): Locator {
    return this.page.getByLabel('What did you want to ask or send?');
  }

  trigger(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async openLog(): Promise<void> {
    await this.urgeLink.click();
    await expect(this.page).toHaveURL(/\/urge$/);
    await expect(this.page.getByRole('heading', { level: 1, name: 'You noticed the urge' })).toBeVisible();
  }

  /** Skips whichever of the two ratings has not been moved: saved as no number at all. */
  async skipRatings(): Promise<void> {
    await this.page.getByRole('button', { name: /^Skip the (ratings|other rating)$/ }).click();
    await expect(this.page.getByRole('slider', { name: 'How strong is the urge?' })).not.toHaveAttribute(
      'aria-valuetext',
      'not chosen yet',
    );
    await expect(this.page.getByRole('slider', { name: 'How anxious do you feel?' })).not.toHaveAttribute(
      'aria-valuetext',
      'not chosen yet',
    );
  }

  /** Sets a 0–10 slider with the keyboard, as someone without a mouse would. */
  async rate(label: string, value: number): Promise<void> {
    const slider = this.page.getByRole('slider', { name: label });
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < value; i++) await slider.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', `${value} out of 10`);
  }

  get pauseHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'A moment for you' });
  }

  async expectPause(saved: 'server' | 'device'): Promise<void> {
    await expect(this.page).toHaveURL(/\/urge\/(local(:|%3A))?[0-9a-f-]{36}$/);
    await expect(this.pauseHeading).toBeVisible();
    await expect(
      this.page
        .getByText(saved === 'server' ? 'Saved. This is yours alone.' : 'Saved on this device. It will sync when you’re back online.')
        .first(),
    ).toBeVisible();
  }

  async startTimer(minutes: 5 | 10 | 20): Promise<void> {
    // Exact: the waiting ladder's "Try 15 minutes" must not pass for "5 minutes".
    await this.page.getByRole('button', { name: `${minutes} minutes`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Waiting it out' })).toBeVisible();
  }

  get timeUp(): Locator {
    return this.page.getByRole('heading', { name: /^(The time is up|Checking in)\. You stayed with it\.$/ });
  }

  async answerTimer(anxiety: number, passed: 'Yes, it passed' | 'It’s softer' | 'Not yet'): Promise<void> {
    await expect(this.timeUp).toBeVisible();
    await this.rate('How anxious do you feel now?', anxiety);
    await this.page.getByLabel(passed).check();
    await this.page.getByRole('button', { name: 'Save how I feel' }).click();
  }
}
