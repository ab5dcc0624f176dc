import { expect, type Page } from '@playwright/test';
import type { Person } from '../support/people.js';
import { FirstRunPage } from './FirstRunPage.js';

export class SignupPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/signup');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Create your space' })).toBeVisible();
  }

  async fill(person: Partial<Person>): Promise<void> {
    const form = this.page.locator('form');
    if (person.displayName !== undefined) await form.getByLabel('What should we call you?').fill(person.displayName);
    if (person.email !== undefined) await form.getByLabel('Email').fill(person.email);
    if (person.password !== undefined) await form.getByLabel('Password', { exact: true }).fill(person.password);
    if (person.timeZone !== undefined) await form.getByLabel('Time zone').selectOption(person.timeZone);
    if (person.region !== undefined) await form.getByLabel('Country or region').selectOption(person.region);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create my space' }).click();
  }

  /** Signs up through the form; the first-run welcome opens, and is skipped here (welcome.spec walks it). */
  async signUp(person: Person): Promise<void> {
    await this.goto();
    await this.fill(person);
    await this.submit();
    await expect(this.page).toHaveURL(/\/welcome$/);
    await this.page.getByRole('button', { name: 'Skip the welcome' }).click();
    await expect(this.page).toHaveURL(/\/home$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${person.displayName}`);
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();
  }

  async attempt(email: string, password: string): Promise<void> {
    await this.goto();
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Log in' }).click();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.attempt(email, password);
    await expect(this.page).toHaveURL(/\/home$/);
  }
}

/**
 * Sign-up as a new person does it: the form, then wherever Steady takes them first. Kept as the one
 * place a journey signs up through the screens, so steps shown after sign-up are added here once.
 */
export async function signUpThroughForm(page: Page, person: Person, focus: string[] = []): Promise<void> {
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.fill(person);
  await signup.submit();
  // The first-run welcome, walked as a new person would: what brings them, their region as the
  // form set it, no partner yet (linking happens on the partner page), then home.
  const welcome = new FirstRunPage(page);
  await expect(page).toHaveURL(/\/welcome$/);
  await welcome.expectStep(1, `Welcome, ${person.displayName}. What brings you here?`);
  for (const title of focus) await welcome.focusChoice(title).check();
  await welcome.next();
  await welcome.expectStep(2, 'Where are you?');
  await welcome.next();
  await welcome.expectStep(3, 'Link with a partner, if you like');
  await welcome.notNow();
  await welcome.expectStep(4, 'A first small step');
  await welcome.goHome();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${person.displayName}`);
}

/** Where the sign-up mail's link lands (a server with mail): the password chosen at sign-up makes the account. */
export class ConfirmSignupPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async finish(password: string): Promise<void> {
    await this.page.getByLabel('Your password').fill(password);
    await this.page.getByRole('button', { name: 'Create my space' }).click();
  }
}
