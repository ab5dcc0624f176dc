import type { Page } from '@playwright/test';
import { expect } from './test.js';

/** Sets a 0–10 slider with the keyboard, as someone without a mouse would: Home for 0, then one step per arrow. */
export async function rateWithKeys(page: Page, label: string, value: number): Promise<void> {
  const slider = page.getByRole('slider', { name: label });
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < value; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(value));
}
