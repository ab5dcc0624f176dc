import type { APIRequestContext, APIResponse, Page } from '@playwright/test';

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
 * The first-run welcome is recorded as skipped (as a person could), so home opens straight away;
 * `welcome: false` leaves it unseen, as a real new account is.
 */
export async function signUpQuickly(
  page: Page,
  person: Person = newPerson(),
  { welcome = true }: { welcome?: boolean } = {},
): Promise<{ person: Person; csrf: string }> {
  const res = await page.request.post('/api/v1/auth/signup', { data: person });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  if (welcome) {
    const seen = await page.request.patch('/api/v1/me', { data: { welcome: 'skipped' }, headers: { 'x-csrf-token': body.csrfToken } });
    if (seen.status() !== 200) throw new Error(`skipping the welcome failed: ${seen.status()} ${await seen.text()}`);
  }
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

async function created<T>(res: APIResponse, what: string): Promise<T> {
  if (res.status() !== 201) throw new Error(`${what} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface UrgeSeed {
  occurredAt?: string;
  intensity?: number;
  anxietyBefore?: number;
  triggers?: string[];
  wantedTo?: string | null;
  action: 'sought' | 'delayed' | 'soothed' | 'parked' | 'plan';
  delayMinutes?: number | null;
  followUps?: { minutesAfter: number; anxiety: number }[];
}

/** Logs an urge (and any follow-up ratings) through the API; returns its id. */
export async function urgeQuickly(request: APIRequestContext, csrf: string, urge: UrgeSeed): Promise<string> {
  const { followUps = [], ...body } = urge;
  const res = await request.post('/api/v1/urges', {
    data: { occurredAt: new Date().toISOString(), intensity: 5, anxietyBefore: 5, triggers: [], ...body },
    headers: { 'x-csrf-token': csrf },
  });
  const { urge: saved } = await created<{ urge: { id: string } }>(res, 'logging an urge');
  for (const f of followUps) {
    await created(
      await request.post(`/api/v1/urges/${saved.id}/follow-ups`, { data: f, headers: { 'x-csrf-token': csrf } }),
      'adding a follow-up',
    );
  }
  return saved.id;
}

export async function toolSessionQuickly(
  request: APIRequestContext,
  csrf: string,
  session: { tool: string; variant?: string; startedAt?: string; durationSeconds?: number; distressBefore: number; distressAfter: number },
): Promise<string> {
  const res = await request.post('/api/v1/tool-sessions', {
    data: { startedAt: new Date().toISOString(), durationSeconds: 180, ...session },
    headers: { 'x-csrf-token': csrf },
  });
  return (await created<{ toolSession: { id: string } }>(res, 'saving a tool session')).toolSession.id;
}

export async function thoughtQuickly(request: APIRequestContext, csrf: string, record: Record<string, unknown>): Promise<string> {
  const res = await request.post('/api/v1/thought-records', {
    data: { occurredAt: new Date().toISOString(), ...record },
    headers: { 'x-csrf-token': csrf },
  });
  return (await created<{ thoughtRecord: { id: string } }>(res, 'saving a thought record')).thoughtRecord.id;
}

/** Everything of one kind the signed-in person has on the server (first 100). */
export async function listAll<T>(request: APIRequestContext, path: string): Promise<T[]> {
  const res = await request.get(`${path}?limit=100`);
  if (res.status() !== 200) throw new Error(`listing ${path} failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { items: T[] }).items;
}
