import { z } from 'zod';
import { Id, IsoDateTime, PageQuery } from '../common.js';
import { Locale } from '../locale.js';

/**
 * The moments Steady may speak up about later (issue 16). A notification names its kind and the
 * screen it is about, never anything a person wrote: its words are Steady's own, chosen by kind.
 */
export const NOTIFICATION_KINDS = [
  'urge-follow-up', // the relief check-ins 30 minutes and 2 hours after an urge, when asked for
  'draft-pause-ended', // the pause chosen for a drafted message is over
  'check-in-window', // the agreed check-in window opens
  'partner-request', // the partner sent a structured request
  'weekly-review', // the pair's weekly review
  'monthly-reflection', // the monthly social review (with UCLA-3)
  'reach-out', // someone on the social map whose rhythm says "maybe soon"
  'invitation-waiting', // an invitation still waiting for its answer
] as const;
/**
 * The kinds Steady makes today, and so the only ones Settings offers: a switch for a reminder
 * that never comes would be a promise broken. The others keep their place in the contract (and
 * in stored settings) until their producers exist.
 */
export const OFFERED_KINDS = [
  'urge-follow-up',
  'draft-pause-ended',
  'check-in-window',
  'partner-request',
] as const satisfies readonly (typeof NOTIFICATION_KINDS)[number][];

export const NotificationKind = z.enum(NOTIFICATION_KINDS).describe('What the notification is about');
export type NotificationKind = z.infer<typeof NotificationKind>;

/** `test` is only ever sent by `sendTestNotification`; it has no setting of its own. */
export const DeliveredKind = z.enum([...NOTIFICATION_KINDS, 'test']);
export type DeliveredKind = z.infer<typeof DeliveredKind>;

export const CHANNELS = ['inbox', 'push', 'email'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** Wall-clock time of day, "HH:MM", in the person's own time zone (their profile's). */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 22:00')
  .describe('A time of day, HH:MM, in your own time zone');

/**
 * One kind's choice. The inbox gets every kind that is on; push and email are extra ways to hear
 * of it. Email is honoured only when the server can send mail (`emailAvailable`).
 */
export const KindSetting = z.strictObject({
  on: z.boolean(),
  push: z.boolean(),
  email: z.boolean(),
});
export type KindSetting = z.infer<typeof KindSetting>;

export const QuietHours = z
  .strictObject({ start: TimeOfDay, end: TimeOfDay })
  .describe('Nothing is sent between start and end (it may wrap past midnight); what falls due then waits for the end');

export const DAILY_MAX_LIMIT = 20;

export const NotificationSettingsBody = z.strictObject({
  kinds: z.strictObject(
    Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, KindSetting])) as Record<NotificationKind, typeof KindSetting>,
  ),
  quietHours: QuietHours.nullable().describe('null: no quiet hours'),
  dailyMax: z.number().int().min(1).max(DAILY_MAX_LIMIT).describe('At most this many a day (the inbox keeps the rest quietly)'),
  locale: Locale.describe('The language of the words a push or an email uses: the app’s language when the settings were saved'),
});
export type NotificationSettingsBody = z.input<typeof NotificationSettingsBody>;

export const NotificationSettings = NotificationSettingsBody.extend({
  emailAvailable: z.boolean().describe('Whether this server can send email (SMTP_URL is set); without it the email choice is ignored'),
  pushDevices: z.number().int().min(0).describe('How many devices of yours receive push'),
}).meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof NotificationSettings>;

/**
 * Before the person chooses anything: quiet hours 22:00–08:00, a few a day, every kind off except
 * the urge follow-ups, which are only ever made when the person asks for them as they log an urge.
 */
export const DEFAULT_QUIET_HOURS = { start: '22:00', end: '08:00' } as const;
export const DEFAULT_DAILY_MAX = 4;

export const Notification = z
  .object({
    id: Id,
    kind: DeliveredKind,
    dueAt: IsoDateTime.describe('When it was (or is) due; quiet hours and snoozes move it'),
    deliveredAt: IsoDateTime.nullable().describe('When it reached the inbox; null while still waiting'),
    readAt: IsoDateTime.nullable(),
    link: z.string().nullable().describe('The app path it is about, e.g. /urges/…; null when it is about no one screen'),
    partnerName: z.string().nullable().describe('For a partner’s request, the partner’s display name; otherwise null'),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const ListNotificationsQuery = z.strictObject({ ...PageQuery });
export const NotificationsPage = z.object({
  items: z.array(Notification).describe('Delivered ones, newest first'),
  nextCursor: z.string().nullable(),
  unread: z.number().int().min(0).describe('How many delivered ones are not read yet'),
});
export type NotificationsPage = z.infer<typeof NotificationsPage>;

export const SNOOZE_MINUTES = [15, 60, 180] as const;
export const SnoozeNotificationBody = z.strictObject({
  minutes: z.union(SNOOZE_MINUTES.map((m) => z.literal(m))).describe('Later by 15 minutes, an hour or three hours'),
});
export type SnoozeNotificationBody = z.input<typeof SnoozeNotificationBody>;

/** The browser's `PushSubscription.toJSON()`, as it is. */
export const CreatePushSubscriptionBody = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  expirationTime: z.number().nullable(),
  keys: z.strictObject({
    p256dh: z.string().min(1).max(200).describe('The subscription’s P-256 public key, base64url'),
    auth: z.string().min(1).max(100).describe('The subscription’s auth secret, base64url'),
  }),
});
export type CreatePushSubscriptionBody = z.input<typeof CreatePushSubscriptionBody>;

export const PushSubscriptionResponse = z.object({ id: Id, createdAt: IsoDateTime }).meta({ id: 'PushSubscription' });
export const DeletePushSubscriptionQuery = z.strictObject({
  endpoint: z.url().max(2000).describe('The endpoint the subscription was made with'),
});

export const PushPublicKey = z.object({ publicKey: z.string().describe('The VAPID public key, base64url (applicationServerKey)') });

export const TestNotificationResult = z.object({
  channels: z.array(Channel).describe('Where the test went: the inbox always, then each channel chosen and available'),
  pushDevices: z.number().int().min(0).describe('How many devices the push was sent to'),
});

/**
 * What a push message carries: Steady's own words for the kind, in the person's language, and the
 * screen to open. Never a line the person or their partner wrote.
 */
export const PushPayload = z.object({
  id: Id,
  kind: DeliveredKind,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
});
export type PushPayload = z.infer<typeof PushPayload>;
