// @vitest-environment happy-dom
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notification, NotificationSettings } from '../../../contracts/notifications/notifications.js';
import { createQueryClient } from '../../query/queryClient.js';
import { Bell } from './Bell.js';
import { keepInbox, readInbox } from './deviceCopy.js';
import { NotificationsPage } from './NotificationsPage.js';
import { RemindersSection } from './RemindersSection.js';

const USER = { id: 'u-1', displayName: 'Robin', timeZone: 'Europe/London', region: 'GB' };
const session = { state: { status: 'signedIn', user: USER, fromDevice: false } };
vi.mock('../../auth/session.js', () => ({ useSession: () => session, useUser: () => USER }));

/** The server as fetch sees it: an answer per "METHOD path", every request recorded with its body. */
function server(routes: Record<string, (body: unknown) => { status: number; body?: unknown }>) {
  const seen: { key: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://steady.test');
      const key = `${init.method ?? 'GET'} ${url.pathname}`;
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      seen.push({ key, body });
      const handler = routes[key];
      const answer = handler ? handler(body) : { status: 404, body: { type: 'about:blank', title: 'Not found', status: 404 } };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
      });
    }),
  );
  return seen;
}

const note = (over: Partial<Notification>): Notification => ({
  id: '0c8f1a52-93c4-4f0e-9d7e-5a1e2f3b4c5d',
  kind: 'test',
  dueAt: '2026-12-07T10:00:00.000Z',
  deliveredAt: '2026-12-07T10:00:00.000Z',
  readAt: null,
  link: null,
  partnerName: null,
  ...over,
});

const REQUEST = note({
  id: '1d9f2b63-a4d5-4a1f-8e8f-6b2f3a4c5d6e',
  kind: 'partner-request',
  link: '/pair/requests',
  partnerName: 'Sam',
});
const CHECK_IN = note({
  id: '2e0a3c74-b5e6-4b2a-9f9a-7c3a4b5d6e7f',
  kind: 'urge-follow-up',
  link: '/urges/abc',
  readAt: '2026-12-07T10:05:00.000Z',
});

let client: QueryClient;
function wrap(ui: ReactNode, path = '/notifications') {
  // A data router, as the app's: the forms' leave guard needs one.
  const router = createMemoryRouter(
    [
      { path: '/notifications', element: ui },
      { path: '/settings', element: ui },
      { path: '/pair/requests', element: <h1>Requests</h1> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  client = createQueryClient();
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
});

describe('the bell', () => {
  it('names how many reminders wait, as a plain number', async () => {
    server({ 'GET /api/v1/notifications': () => ({ status: 200, body: { items: [REQUEST], nextCursor: null, unread: 2 } }) });
    wrap(<Bell userId={USER.id} />);
    const bell = await screen.findByRole('link', { name: 'Reminders, 2 are waiting' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(bell.textContent).toBe('2');
  });

  it('says nothing is waiting, and shows no number, when nothing is', async () => {
    server({ 'GET /api/v1/notifications': () => ({ status: 200, body: { items: [], nextCursor: null, unread: 0 } }) });
    wrap(<Bell userId={USER.id} />);
    const bell = await screen.findByRole('link', { name: 'Reminders, nothing waiting' });
    expect(bell.textContent).toBe('');
  });
});

describe('the inbox', () => {
  it('lists reminders in Steady’s own words by kind, a partner’s request by name only', async () => {
    server({ 'GET /api/v1/notifications': () => ({ status: 200, body: { items: [REQUEST, CHECK_IN], nextCursor: null, unread: 1 } }) });
    wrap(<NotificationsPage />);
    const list = await screen.findByRole('list', { name: 'Reminders, newest first' });
    const items = within(list).getAllByRole('article');
    expect(items.map((a) => a.querySelector('h2')?.textContent)).toEqual(['Sam sent a requestNew', 'A gentle check-in']);
    // Read already: nothing to mark.
    expect(within(items[1]!).queryByRole('button', { name: 'Mark as read' })).toBeNull();
  });

  it('opening one goes to its screen and marks it read', async () => {
    const seen = server({
      'GET /api/v1/notifications': () => ({ status: 200, body: { items: [REQUEST], nextCursor: null, unread: 1 } }),
      [`POST /api/v1/notifications/${REQUEST.id}/read`]: () => ({ status: 200, body: { ...REQUEST, readAt: '2026-12-07T11:00:00.000Z' } }),
    });
    wrap(<NotificationsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { name: 'Requests' })).toBeTruthy();
    await waitFor(() => expect(seen.map((s) => s.key)).toContain(`POST /api/v1/notifications/${REQUEST.id}/read`));
  });

  it('“Not now” lets one go, and “Later” puts it off by the chosen time', async () => {
    let items = [REQUEST, note({})];
    const seen = server({
      'GET /api/v1/notifications': () => ({ status: 200, body: { items, nextCursor: null, unread: items.length } }),
      [`DELETE /api/v1/notifications/${REQUEST.id}`]: () => {
        items = items.filter((n) => n.id !== REQUEST.id);
        return { status: 204 };
      },
      [`POST /api/v1/notifications/${note({}).id}/snooze`]: () => ({ status: 200, body: note({}) }),
    });
    wrap(<NotificationsPage />);
    const request = await screen.findByRole('article', { name: /Sam sent a request/ });
    await userEvent.click(within(request).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Sam sent a request/ })).toBeNull());
    expect(screen.getByText('Let go. It won’t come back.')).toBeTruthy();

    const test = screen.getByRole('article', { name: /A test from Steady/ });
    await userEvent.click(within(test).getByText('Later'));
    await userEvent.click(within(test).getByRole('button', { name: 'In an hour' }));
    await waitFor(() => expect(seen.find((s) => s.key.endsWith('/snooze'))?.body).toEqual({ minutes: 60 }));
  });

  it('keeps the last inbox on the device and shows it, marked, with no connection', async () => {
    server({ 'GET /api/v1/notifications': () => ({ status: 200, body: { items: [REQUEST], nextCursor: null, unread: 1 } }) });
    const first = wrap(<NotificationsPage />);
    await screen.findByRole('article', { name: /Sam sent a request/ });
    await waitFor(async () => expect((await readInbox(USER.id))?.page.items).toHaveLength(1));
    first.unmount();

    client = createQueryClient();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const seen = server({});
    wrap(<NotificationsPage />);
    expect(await screen.findByRole('article', { name: /Sam sent a request/ })).toBeTruthy();
    expect(screen.getByText(/You’re offline\. This is what Steady showed you last/)).toBeTruthy();
    // Changes need the server: none is offered, and nothing was asked.
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    expect(seen).toEqual([]);
  });

  it('never shows another person’s copy', async () => {
    await keepInbox('someone-else', { items: [REQUEST], nextCursor: null, unread: 1 });
    expect(await readInbox(USER.id)).toBeNull();
    expect(await readInbox('someone-else')).toBeNull();
  });

  it('says kindly when nothing is waiting', async () => {
    server({ 'GET /api/v1/notifications': () => ({ status: 200, body: { items: [], nextCursor: null, unread: 0 } }) });
    wrap(<NotificationsPage />);
    expect(await screen.findByRole('heading', { name: 'Nothing waiting' })).toBeTruthy();
  });
});

const OFF = { on: false, push: false, email: false };
const SETTINGS: NotificationSettings = {
  kinds: {
    'urge-follow-up': OFF,
    'draft-pause-ended': OFF,
    'check-in-window': OFF,
    'partner-request': OFF,
    'weekly-review': OFF,
    'monthly-reflection': OFF,
    'reach-out': OFF,
    'invitation-waiting': OFF,
  },
  quietHours: { start: '22:00', end: '08:00' },
  dailyMax: 4,
  locale: 'en',
  emailAvailable: false,
  pushDevices: 0,
};

describe('Settings → Reminders', () => {
  it('starts with everything off, offers email only when the server can send it, and saves what was chosen', async () => {
    const seen = server({
      'GET /api/v1/notifications/settings': () => ({ status: 200, body: SETTINGS }),
      'PUT /api/v1/notifications/settings': (body) => ({
        status: 200,
        body: { ...(body as object), emailAvailable: false, pushDevices: 0 },
      }),
    });
    wrap(<RemindersSection />, '/settings');
    const group = await screen.findByRole('group', { name: 'A request from your partner' });
    const on = within(group).getByRole('checkbox', { name: 'On' });
    expect(within(group).getByRole<HTMLInputElement>('checkbox', { name: 'On' }).checked).toBe(false);
    await userEvent.click(on);
    await userEvent.click(within(group).getByRole('checkbox', { name: 'As a notification on my devices' }));
    expect(within(group).queryByRole('checkbox', { name: 'By email' })).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('22:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminders' }));
    expect(await screen.findByText('Saved. Steady will follow these choices.')).toBeTruthy();
    const put = seen.find((s) => s.key === 'PUT /api/v1/notifications/settings')?.body as Record<string, unknown>;
    expect((put.kinds as Record<string, unknown>)['partner-request']).toEqual({ on: true, push: true, email: false });
    expect(put).toMatchObject({ quietHours: { start: '22:00', end: '08:00' }, dailyMax: 4, locale: 'en' });
  });

  it('shows the email choice when the server has mail', async () => {
    server({ 'GET /api/v1/notifications/settings': () => ({ status: 200, body: { ...SETTINGS, emailAvailable: true } }) });
    wrap(<RemindersSection />, '/settings');
    const group = await screen.findByRole('group', { name: 'Check-in time' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'On' }));
    expect(within(group).getByRole('checkbox', { name: 'By email' })).toBeTruthy();
  });

  it('offers only the reminders Steady makes today', async () => {
    server({ 'GET /api/v1/notifications/settings': () => ({ status: 200, body: SETTINGS }) });
    wrap(<RemindersSection />, '/settings');
    await screen.findByRole('group', { name: 'Check-in time' });
    expect(screen.queryByRole('group', { name: 'The weekly review' })).toBeNull();
  });

  it('says where a test went', async () => {
    server({
      'GET /api/v1/notifications/settings': () => ({ status: 200, body: SETTINGS }),
      'POST /api/v1/notifications/test': () => ({ status: 202, body: { channels: ['inbox', 'push'], pushDevices: 2 } }),
    });
    wrap(<RemindersSection />, '/settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Send me a test' }));
    expect(await screen.findByText('A test is on its way to your reminders here and 2 devices.')).toBeTruthy();
  });

  it('explains calmly that this browser cannot show notifications when it has no push', async () => {
    server({ 'GET /api/v1/notifications/settings': () => ({ status: 200, body: SETTINGS }) });
    wrap(<RemindersSection />, '/settings');
    expect(await screen.findByText(/This browser can’t show notifications from Steady/)).toBeTruthy();
  });
});
