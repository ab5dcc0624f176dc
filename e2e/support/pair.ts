import type { Page } from '@playwright/test';

/** Links two signed-up people through the API, from each page's own browser context. */
export async function linkQuickly(inviter: { page: Page; csrf: string }, joiner: { page: Page; csrf: string }): Promise<void> {
  const invite = await inviter.page.request.post('/api/v1/pair/invitations', { headers: { 'x-csrf-token': inviter.csrf } });
  const { code } = (await invite.json()) as { code: string };
  const joined = await joiner.page.request.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': joiner.csrf } });
  if (joined.status() !== 201) throw new Error(`join failed: ${joined.status()} ${await joined.text()}`);
}
