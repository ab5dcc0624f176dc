import type { APIRequestContext, Page } from '@playwright/test';

export interface Person {
  displayName: string;
  email: string;
  password: string;
  timeZone: string;
  region: string;
}

let counter = 0;

/** A fresh person for each test, so tests never share an account. */
export function newPerson(overrides: Partial<Person> = {}): Person {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    displayName: 'Robin',
    email: `robin-${id}@example.com`,
    password: 'quiet harbour morning tea',
    timeZone: 'Europe/London',
    region: 'GB',
    ...overrides,
  };
}

/**
 * Signs a person up through the API from the page's own browser context, so the session cookie
 * lands where the page will use it. Faster than the form when sign-up is not what a test is about.
 */
export async function signUpQuickly(page: Page, person: Person = newPerson()): Promise<{ person: Person; csrf: string }> {
  const res = await page.request.post('/api/v1/auth/signup', { data: person });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  return { person, csrf: body.csrfToken };
}

export async function writeQuickly(
  request: APIRequestContext,
  csrf: string,
  entry: { text: string; tags?: string[]; mood?: number | null; prompt?: string | null },
): Promise<string> {
  const res = await request.post('/api/v1/journal', { data: entry, headers: { 'x-csrf-token': csrf } });
  if (res.status() !== 201) throw new Error(`writing failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { entry: { id: string } }).entry.id;
}
