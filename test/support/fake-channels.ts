import type { PushPayload } from '../../src/contracts/notifications/notifications.js';
import type { NotificationChannels, PushOutcome, PushTarget } from '../../src/server/notifications/channels.js';

/**
 * Channels that record what would have been sent, answering what the test sets: stands in for the
 * real push sender and mail (notify-channels) wherever a test counts sends, not encryption.
 */
export interface FakeChannels extends NotificationChannels {
  pushes: { target: PushTarget; payload: PushPayload }[];
  mails: { to: string; payload: PushPayload }[];
  /** What the next pushes answer, per endpoint; 'sent' when unset. */
  answer: Map<string, PushOutcome>;
}

export function fakeChannels(opts: { mail?: boolean } = {}): FakeChannels {
  const fake: FakeChannels = {
    pushes: [],
    mails: [],
    answer: new Map(),
    push: {
      async send(target, payload) {
        fake.pushes.push({ target, payload });
        return fake.answer.get(target.endpoint) ?? 'sent';
      },
    },
    mail: opts.mail
      ? {
          async send(to, payload) {
            fake.mails.push({ to, payload });
            return 'sent';
          },
        }
      : null,
    vapidPublicKey: async () => 'BFakeVapidPublicKeyForTests',
    endpointProblem: (endpoint) => (endpoint.startsWith('https://') ? null : 'A push address must use https'),
  };
  return fake;
}

export const subscription = (n: number | string) => ({
  endpoint: `https://push.example.org/send/${n}`,
  expirationTime: null,
  keys: { p256dh: `BKey${n}`, auth: `auth${n}` },
});
