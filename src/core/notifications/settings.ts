import type { Locale } from '../../contracts/locale.js';
import {
  DEFAULT_DAILY_MAX,
  DEFAULT_QUIET_HOURS,
  NOTIFICATION_KINDS,
  type DeliveredKind,
  type KindSetting,
  type NotificationKind,
  type NotificationSettingsBody,
} from '../../contracts/notifications/notifications.js';

export type Settings = Required<NotificationSettingsBody>;

/**
 * Before the person chooses: every kind off (nothing speaks up that they did not ask for), quiet
 * hours through the night, a few a day. Urge follow-ups are made only when asked for on the urge
 * itself, so their being "off" here only means they stay in the inbox without a sound.
 */
export function defaultSettings(locale: Locale): Settings {
  const off: KindSetting = { on: false, push: false, email: false };
  return {
    kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { ...off }])) as Record<NotificationKind, KindSetting>,
    quietHours: { ...DEFAULT_QUIET_HOURS },
    dailyMax: DEFAULT_DAILY_MAX,
    locale,
  };
}

/** Whether a kind is made at all: the ones the person turned on, and urge follow-ups whenever asked for. */
export function isWanted(settings: Settings, kind: NotificationKind): boolean {
  return kind === 'urge-follow-up' || settings.kinds[kind].on;
}

/**
 * The channels beyond the inbox a delivered one goes to. A test goes everywhere the person can be
 * reached, so a self-hoster sees that push and mail work; other kinds follow the person's choice.
 */
export function soundChannels(
  settings: Settings,
  kind: DeliveredKind,
  reach: { pushDevices: number; emailAvailable: boolean },
): { push: boolean; email: boolean } {
  if (kind === 'test') {
    const anyEmail = Object.values(settings.kinds).some((k) => k.email);
    return { push: reach.pushDevices > 0, email: reach.emailAvailable && anyEmail };
  }
  const k = settings.kinds[kind];
  return { push: k.push && reach.pushDevices > 0, email: k.email && reach.emailAvailable };
}
