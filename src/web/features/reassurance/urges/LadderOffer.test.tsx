// @vitest-environment happy-dom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LadderStep, WaitingLadder } from '../../../../contracts/reassurance/waiting-ladder.js';
import { createQueryClient } from '../../../query/queryClient.js';
import { LadderOffer } from './LadderOffer.js';

const step = (over: Partial<LadderStep> = {}): LadderStep => ({
  urgeId: '6f1c2b0e-8d3a-4c5e-9b7f-1a2b3c4d5e6f',
  occurredAt: '2026-12-01T18:00:00.000Z',
  waitedMinutes: 10,
  anxietyBefore: 7,
  anxietyAfter: 4,
  outcome: 'eased',
  suggestedAfter: 12,
  grew: true,
  ...over,
});

/** getWaitingLadder as fetch sees it, answering `ladder`. */
function serve(ladder: WaitingLadder) {
  const fetch = vi.fn(
    async (_input: string) => new Response(JSON.stringify(ladder), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
});
afterEach(() => {
  cleanup();
  client.clear();
  vi.unstubAllGlobals();
});

describe('LadderOffer', () => {
  it('offers the grown wait with the wait it grew from, and hands the minutes to the timer when taken', async () => {
    const fetch = serve({ suggestedMinutes: 12, grewFrom: step(), steps: [step()], basis: { waits: 1, rated: 1, eased: 1 } });
    const onTake = vi.fn();
    render(
      <QueryClientProvider client={client}>
        <LadderOffer onTake={onTake} />
      </QueryClientProvider>,
    );
    expect(
      await screen.findByText('When you waited 10 minutes, your anxiety went from 7 to 4. Would you like to try 12 minutes today?'),
    ).toBeTruthy();
    expect(String(fetch.mock.calls[0]?.[0])).toContain('/api/v1/urges/waiting-ladder');
    await userEvent.click(screen.getByRole('button', { name: 'Try 12 minutes' }));
    expect(onTake).toHaveBeenCalledWith(12);
  });

  it('offers nothing while no wait has eased things: a repeat of what the person chose is not news', async () => {
    const steady = step({ outcome: 'steady', anxietyAfter: 7, grew: false, suggestedAfter: 10 });
    const fetch = serve({ suggestedMinutes: 10, grewFrom: null, steps: [steady], basis: { waits: 1, rated: 1, eased: 0 } });
    const { container } = render(
      <QueryClientProvider client={client}>
        <LadderOffer onTake={() => undefined} />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
