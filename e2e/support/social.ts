import type { APIRequestContext } from '@playwright/test';

const DAY = 86_400_000;

async function ok<T>(res: Awaited<ReturnType<APIRequestContext['post']>>, what: string): Promise<T> {
  if (res.status() !== 201) throw new Error(`${what} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Adds someone to the map through the API; returns their id. */
export async function personQuickly(
  request: APIRequestContext,
  csrf: string,
  person: { name: string; contexts?: string[]; closeness?: string; rhythmDays?: number | null; notes?: string },
): Promise<string> {
  const res = await request.post('/api/v1/people', {
    data: { contexts: [], closeness: 'close', ...person },
    headers: { 'x-csrf-token': csrf },
  });
  return (await ok<{ person: { id: string } }>(res, 'adding a person')).person.id;
}

/** Logs time together through the API, some days ago. */
export async function interactionQuickly(
  request: APIRequestContext,
  csrf: string,
  i: {
    personIds: string[];
    daysAgo: number;
    channel?: string;
    initiatedBy?: string;
    warmth?: number;
    support?: number;
    gave?: boolean | string;
  },
): Promise<string> {
  const { daysAgo, ...rest } = i;
  const res = await request.post('/api/v1/interactions', {
    data: {
      channel: 'call',
      initiatedBy: 'me',
      warmth: 4,
      support: 3,
      ...rest,
      occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    },
    headers: { 'x-csrf-token': csrf },
  });
  return (await ok<{ interaction: { id: string } }>(res, 'logging an interaction')).interaction.id;
}

/** A small map with a few people across contexts, some time together, and one person overdue. */
export async function socialMap(request: APIRequestContext, csrf: string): Promise<{ personId: string }> {
  const sam = await personQuickly(request, csrf, {
    name: 'Sam',
    contexts: ['friends', 'neighbourhood'],
    closeness: 'inner',
    rhythmDays: 7,
  });
  const priya = await personQuickly(request, csrf, { name: 'Priya', contexts: ['work'], closeness: 'casual', rhythmDays: 14 });
  const nan = await personQuickly(request, csrf, { name: 'Nan', contexts: ['family'], closeness: 'close', rhythmDays: 7 });
  await personQuickly(request, csrf, { name: 'Theo', contexts: ['online'], closeness: 'new' });
  await interactionQuickly(request, csrf, {
    personIds: [sam],
    daysAgo: 12,
    channel: 'in-person',
    initiatedBy: 'me',
    gave: 'helped move a sofa',
  });
  await interactionQuickly(request, csrf, { personIds: [sam], daysAgo: 20, initiatedBy: 'me' });
  await interactionQuickly(request, csrf, { personIds: [sam, priya], daysAgo: 30, channel: 'video', initiatedBy: 'them', warmth: 5 });
  await interactionQuickly(request, csrf, { personIds: [nan], daysAgo: 2, initiatedBy: 'mutual', warmth: 5, support: 5 });
  return { personId: sam };
}
