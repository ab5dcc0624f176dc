import type { APIRequestContext } from '@playwright/test';

const HOUR = 3_600_000;

/** Logs one moment of the cycle through the API. */
export async function cycleMomentQuickly(
  request: APIRequestContext,
  csrf: string,
  moment: { hoursAgo: number; stage: 'pursuit' | 'withdrawal' | 'reconnection'; intensity: number; actor?: 'me' | 'partner' },
): Promise<void> {
  const res = await request.post('/api/v1/cycle-events', {
    data: {
      occurredAt: new Date(Date.now() - moment.hoursAgo * HOUR).toISOString(),
      stage: moment.stage,
      actor: moment.actor ?? 'me',
      intensity: moment.intensity,
      triggers: moment.stage === 'pursuit' ? ['no reply yet'] : [],
    },
    headers: { 'x-csrf-token': csrf },
  });
  if (res.status() !== 201) throw new Error(`logging a cycle moment failed: ${res.status()} ${await res.text()}`);
}

/**
 * Six cycles over a month, each coming back sooner and a little stronger than the one before:
 * enough for the trend test to see the cycle escalating.
 */
export async function escalatingCycles(request: APIRequestContext, csrf: string): Promise<void> {
  const starts = [30, 22, 15, 9, 5, 2];
  const peaks = [4, 5, 5, 6, 7, 8];
  for (const [i, days] of starts.entries()) {
    const h = days * 24;
    await cycleMomentQuickly(request, csrf, { hoursAgo: h, stage: 'pursuit', intensity: peaks[i]! });
    await cycleMomentQuickly(request, csrf, { hoursAgo: h - 3, stage: 'withdrawal', intensity: peaks[i]! - 1, actor: 'partner' });
    await cycleMomentQuickly(request, csrf, { hoursAgo: h - 10, stage: 'reconnection', intensity: 2 });
  }
}
