import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.js';
import { createQueryClient, followLanguage } from './queryClient.js';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the cache after a change of language', () => {
  it('drops answers off screen and asks again for those on screen, so no old-language words are drawn', async () => {
    const client = createQueryClient();
    const stop = followLanguage(client);
    let asked = 0;
    const queryFn = async () => `words ${++asked}`;
    await client.fetchQuery({ queryKey: ['off-screen'], queryFn });
    const onScreen = new QueryObserver(client, { queryKey: ['on-screen'], queryFn });
    const unsubscribe = onScreen.subscribe(() => {});
    await client.fetchQuery({ queryKey: ['on-screen'], queryFn });
    const before = asked;

    await i18n.changeLanguage('es');
    expect(client.getQueryData(['off-screen'])).toBeUndefined();
    await vi.waitFor(() => expect(client.getQueryData(['on-screen'])).toBe(`words ${before + 1}`));
    unsubscribe();
    stop();
  });
});
