import type { FastifyBaseLogger } from 'fastify';
import type { PushPayload } from '../../contracts/notifications/notifications.js';
import { localDayBounds, mayBeLoud } from '../../core/notifications/schedule.js';
import { defaultSettings, soundChannels, type Settings } from '../../core/notifications/settings.js';
import { notificationWords } from '../../core/notifications/words.js';
import type { Database, Tx } from '../../db/database.js';
import { DeliveriesRepo, type ClaimedDelivery, type NewDelivery } from '../../db/notifications/deliveries.repo.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { PushSubscriptionsRepo, type PushSubscriptionRow } from '../../db/notifications/push-subscriptions.repo.js';
import type { NotificationChannels, PushOutcome } from './channels.js';
import { planCheckInWindows } from './check-in-window.js';

export interface SchedulerDeps {
  database: Database;
  clock: () => Date;
  channels: NotificationChannels;
  log: FastifyBaseLogger;
  /** How many due notifications one claim takes (one transaction). */
  batch?: number;
  /** How many sends run at once. */
  parallel?: number;
}

/** Waits before the 2nd, 3rd and 4th try of a push or mail the service asked us to retry; then it is given up. */
const RETRY_AFTER_MS = [60_000, 5 * 60_000, 30 * 60_000];
const MAX_ATTEMPTS = RETRY_AFTER_MS.length + 1;

interface Send {
  delivery: ClaimedDelivery;
  payload: PushPayload;
  target: { kind: 'push'; sub: PushSubscriptionRow } | { kind: 'email'; to: string; locale: Settings['locale'] };
}

export interface RunResult {
  /** Notifications that reached the inbox. */
  delivered: number;
  /** Push messages and emails the channels accepted. */
  sent: number;
}

/**
 * Delivers due notifications: in-process, started with the server and stopped with it.
 *
 * The order of every delivery is: claim (one transaction marks the notification delivered, so it
 * is in the inbox, and writes its push and email rows as 'sending'), commit, and only then send.
 * A crash after the commit and before or during the send leaves rows 'sending', and those are
 * never sent again: the push may already have gone out, and a reminder twice on a lock screen is
 * not acceptable, while a push lost to a crash is still in the inbox. So each channel gets at most
 * one message per notification, and the inbox is the record. Only an answer that says "not
 * delivered, try later" (PushOutcome 'retry') is tried again, a bounded number of times; an answer
 * we cannot read ('unknown', a thrown error) is left as it is.
 */
export class NotificationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  start(tickMs: number): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runDue()
        .catch((err: unknown) => this.deps.log.warn({ scheduler: 'failed', code: codeOf(err) }, 'notifications not delivered this tick'))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, tickMs);
        });
    };
    this.timer = setTimeout(tick, tickMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Everything due now, batch after batch, then the retries whose wait is over. */
  async runDue(): Promise<RunResult> {
    const total: RunResult = { delivered: 0, sent: 0 };
    const batch = this.deps.batch ?? 500;
    for (;;) {
      const { count, sends } = await this.claim(batch);
      total.delivered += count;
      total.sent += await this.send(sends);
      if (count < batch) break;
    }
    total.sent += await this.retry(batch);
    return total;
  }

  /** Delivers these notifications at once if they are due (the test notification); answers how many sends went out. */
  async deliverNow(ids: string[]): Promise<{ push: number; email: number }> {
    const { sends } = await this.claim(ids.length, ids);
    await this.send(sends);
    return {
      push: sends.filter((s) => s.target.kind === 'push').length,
      email: sends.filter((s) => s.target.kind === 'email').length,
    };
  }

  /**
   * One claim transaction. Decides, per notification, whether it may make a sound today (the
   * daily maximum, counted in the person's own day) and on which channels, writes those sends as
   * 'sending', and commits before anything is sent.
   */
  private async claim(limit: number, ids?: string[]): Promise<{ count: number; sends: Send[] }> {
    const { database, channels } = this.deps;
    const now = this.deps.clock();
    const iso = now.toISOString();
    return database.transaction(async (trx) => {
      const deliveries = new DeliveriesRepo(trx, database.kind);
      const notes = await deliveries.claimDue(iso, limit, ids);
      if (notes.length === 0) return { count: 0, sends: [] };
      // A check-in reminder delivered: the next opening is planned in the same claim, so there is always one waiting.
      const checkIns = notes.filter((n) => n.kind === 'check-in-window').map((n) => n.userId);
      if (checkIns.length > 0) await planCheckInWindows(trx, checkIns, iso);
      const userIds = [...new Set(notes.map((n) => n.userId))];
      const inbox = new NotificationsRepo(trx);
      const people = await inbox.people(userIds);
      const partners = await inbox.displayNames([...new Set(notes.flatMap((n) => (n.partnerUserId ? [n.partnerUserId] : [])))]);
      const settings = await new NotificationSettingsRepo(trx).many(userIds);
      const subs = channels.push ? await new PushSubscriptionsRepo(trx).forUsers(userIds) : [];
      // 26 hours back covers the longest local day (25 hours) wherever "now" falls in it.
      const loud = await deliveries.loudSince(userIds, new Date(now.getTime() - 26 * 3_600_000).toISOString());
      const loudIds: string[] = [];
      const planned: { row: NewDelivery; payload: PushPayload; target: Send['target'] }[] = [];
      for (const note of notes) {
        const person = people.get(note.userId);
        if (!person) continue;
        const s = settings.get(note.userId) ?? defaultSettings('en');
        const mine = subs.filter((x) => x.userId === note.userId);
        const wanted = soundChannels(s, note.kind, { pushDevices: mine.length, emailAvailable: channels.mail !== null });
        if (!wanted.push && !wanted.email) continue;
        if (note.kind !== 'test') {
          const day = localDayBounds(iso, person.timeZone);
          const today = loud.filter((l) => l.userId === note.userId && l.deliveredAt >= day.from && l.deliveredAt < day.to).length;
          // Over the daily maximum: in the inbox, quietly.
          if (!mayBeLoud(today, s.dailyMax)) continue;
        }
        loudIds.push(note.id);
        loud.push({ userId: note.userId, deliveredAt: iso });
        const words = notificationWords(note.kind, s.locale, note.partnerUserId ? (partners.get(note.partnerUserId) ?? null) : null);
        const payload: PushPayload = { id: note.id, kind: note.kind, ...words, link: note.link };
        if (wanted.push) {
          for (const sub of mine) {
            planned.push({
              row: { notificationId: note.id, channel: 'push', subscriptionId: sub.id },
              payload,
              target: { kind: 'push', sub },
            });
          }
        }
        if (wanted.email) {
          planned.push({
            row: { notificationId: note.id, channel: 'email', subscriptionId: null },
            payload,
            target: { kind: 'email', to: person.email, locale: s.locale },
          });
        }
      }
      await deliveries.markLoud(loudIds);
      const started = await deliveries.start(
        planned.map((p) => p.row),
        iso,
      );
      return {
        count: notes.length,
        sends: started.map((delivery, i) => ({ delivery, payload: planned[i]!.payload, target: planned[i]!.target })),
      };
    });
  }

  /** Retries whose wait is over: claimed and committed as 'sending' first, like a first try. */
  private async retry(limit: number): Promise<number> {
    const { database } = this.deps;
    let sent = 0;
    for (;;) {
      const iso = this.deps.clock().toISOString();
      const sends = await database.transaction(async (trx) => {
        const claimed = await new DeliveriesRepo(trx, database.kind).claimRetries(iso, limit);
        return this.rebuild(trx, claimed);
      });
      sent += await this.send(sends);
      if (sends.length < limit) return sent;
    }
  }

  /** The payload and target of deliveries being tried again, read as they are now (words in today's language). */
  private async rebuild(trx: Tx, claimed: ClaimedDelivery[]): Promise<Send[]> {
    if (claimed.length === 0) return [];
    const notes = await new DeliveriesRepo(trx, this.deps.database.kind).notifications([...new Set(claimed.map((c) => c.notificationId))]);
    const userIds = [...new Set([...notes.values()].map((n) => n.userId))];
    const inbox = new NotificationsRepo(trx);
    const people = await inbox.people(userIds);
    const partners = await inbox.displayNames([...new Set([...notes.values()].flatMap((n) => (n.partnerUserId ? [n.partnerUserId] : [])))]);
    const settings = await new NotificationSettingsRepo(trx).many(userIds);
    const subs = new Map(
      (await new PushSubscriptionsRepo(trx).byIds(claimed.flatMap((c) => (c.subscriptionId ? [c.subscriptionId] : [])))).map((s) => [
        s.id,
        s,
      ]),
    );
    const out: Send[] = [];
    for (const delivery of claimed) {
      const note = notes.get(delivery.notificationId);
      const person = note && people.get(note.userId);
      if (!note || !person) continue;
      const s = settings.get(note.userId) ?? defaultSettings('en');
      const words = notificationWords(note.kind, s.locale, note.partnerUserId ? (partners.get(note.partnerUserId) ?? null) : null);
      const payload: PushPayload = { id: note.id, kind: note.kind, ...words, link: note.link };
      if (delivery.channel === 'push') {
        const sub = delivery.subscriptionId ? subs.get(delivery.subscriptionId) : undefined;
        if (sub) out.push({ delivery, payload, target: { kind: 'push', sub } });
      } else {
        out.push({ delivery, payload, target: { kind: 'email', to: person.email, locale: s.locale } });
      }
    }
    return out;
  }

  /** Sends, a few at a time, and records each answer; answers how many went out. */
  private async send(sends: Send[]): Promise<number> {
    if (sends.length === 0) return 0;
    const { channels } = this.deps;
    const outcomes = new Map<PushOutcome, Send[]>();
    let next = 0;
    const worker = async () => {
      while (next < sends.length) {
        const s = sends[next++]!;
        let outcome: PushOutcome;
        try {
          if (s.target.kind === 'push') {
            outcome = channels.push ? await channels.push.send(s.target.sub, s.payload) : 'unknown';
          } else {
            outcome = channels.mail ? await channels.mail.send(s.target.to, s.payload, s.target.locale) : 'unknown';
          }
        } catch (err) {
          // It may have gone out before the error: never sent again.
          this.deps.log.warn({ notification: 'send-failed', channel: s.target.kind, code: codeOf(err) }, 'notification send failed');
          outcome = 'unknown';
        }
        const list = outcomes.get(outcome) ?? [];
        list.push(s);
        outcomes.set(outcome, list);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.parallel ?? 16, sends.length) }, worker));
    await this.record(outcomes);
    return outcomes.get('sent')?.length ?? 0;
  }

  private async record(outcomes: Map<PushOutcome, Send[]>): Promise<void> {
    const { database } = this.deps;
    const now = this.deps.clock();
    const iso = now.toISOString();
    const deliveries = new DeliveriesRepo(database.db, database.kind);
    const subs = new PushSubscriptionsRepo(database.db);
    const ids = (o: PushOutcome) => (outcomes.get(o) ?? []).map((s) => s.delivery.id);
    await deliveries.finish(ids('sent'), 'sent', iso);
    await deliveries.finish(ids('unknown'), 'unknown', iso);
    await subs.used([...new Set((outcomes.get('sent') ?? []).flatMap((s) => (s.target.kind === 'push' ? [s.target.sub.id] : [])))], iso);
    // The push service says this device's subscription is over: it is forgotten (its delivery rows go with it).
    for (const s of outcomes.get('gone') ?? []) if (s.target.kind === 'push') await subs.forget(s.target.sub.id);
    for (const s of outcomes.get('retry') ?? []) {
      const attempts = s.delivery.attempts;
      if (attempts >= MAX_ATTEMPTS) await deliveries.finish([s.delivery.id], 'failed', iso);
      else await deliveries.finish([s.delivery.id], 'pending', iso, new Date(now.getTime() + RETRY_AFTER_MS[attempts - 1]!).toISOString());
    }
  }
}

function codeOf(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String(err.code) : 'unknown';
}
