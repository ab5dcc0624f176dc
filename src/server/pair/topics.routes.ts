import { topicsTable } from '../../contracts/pair/topics.routes.js';
import { type CheckIn, type Topic } from '../../contracts/pair/topics.js';
import { checkInAcknowledgment } from '../../core/pair/agreement.js';
import { checkInIsOpen } from '../../core/pair/check-in-window.js';
import type { PairMember } from '../../core/pair/member.js';
import { nextOccurrence } from '../../core/pair/occurrences.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { CheckInsRepo, type CheckInRow } from '../../db/pair/check-ins.repo.js';
import { PairTopicsRepo } from '../../db/pair/pair-topics.repo.js';
import { effectiveAgreement } from './agreement.js';
import { planCheckInWindows } from '../notifications/check-in-window.js';
import { idempotentCreate } from '../idempotency.js';
import { pairMemberOf } from './pair-access.js';
import { actorOf } from '../plugins/auth.js';
import { announceTopic, announceTopicChange, parkTopic } from './pair-topics.js';
import { HttpProblem, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import { localeOf } from '../routes/locale.js';
import type { App } from '../types.js';

const withSafety = (topic: Topic) => ({ topic, safety: { crisis: detectCrisis(topic.text).crisis } });

async function checkInView(app: App, member: PairMember, row: CheckInRow): Promise<CheckIn> {
  const agenda = row.completed_at ? [] : await new PairTopicsRepo(app.database.db).agenda(member, row.ends_at);
  return {
    id: row.id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    minutes: row.minutes,
    agenda,
    completedAt: row.completed_at,
    notes: row.notes,
  };
}

export async function topicsRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  route(
    app,
    topicsTable.parkTopic,
    {
      tags,
      summary: 'Park a topic for the next check-in',
      description:
        'A shared topic goes on the next check-in agenda for both of you; a private one only you ever see. Accepts an Idempotency-Key header.',
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const now = app.clock();
      let created: Topic | undefined;
      const result = await idempotentCreate(app.database, {
        req,
        actor: actorOf(req),
        operation: 'parkTopic',
        create: async (ex) => {
          created = await parkTopic(ex, member, req.body, now.toISOString());
          return { id: created.id, result: withSafety(created) };
        },
        replay: async (id) => {
          const topic = await new PairTopicsRepo(app.database.db).get(member, id);
          return topic && withSafety(topic);
        },
        now,
      });
      if (created) await announceTopic(app, member, created);
      return reply.code(201).send(result);
    },
  );

  route(app, topicsTable.listTopics, { tags, summary: 'Shared topics and your own private ones' }, async (req) => {
    const member = await pairMemberOf(app, req);
    return { items: await new PairTopicsRepo(app.database.db).list(member) };
  });

  route(
    app,
    topicsTable.updateTopic,
    {
      tags,
      summary: 'Reword a topic you parked, or change who sees it',
      description:
        'Only the person who parked a topic can change it; for anyone else it does not exist (404). `shared: false` makes it private again: it leaves the partner’s list and agenda at once.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const changed = ownedOr404(await new PairTopicsRepo(app.database.db).update(member, req.params.id, req.body));
      await announceTopicChange(app, member, changed.before, changed.after, app.clock().toISOString());
      return withSafety(changed.after);
    },
  );

  route(
    app,
    topicsTable.deleteTopic,
    {
      tags,
      summary: 'Delete a topic you parked',
      description: 'Only the person who parked a topic can delete it; for anyone else it does not exist (404).',
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const gone = ownedOr404(await new PairTopicsRepo(app.database.db).delete(member, req.params.id));
      await announceTopicChange(app, member, gone, null, app.clock().toISOString());
      return reply.code(204).send(null);
    },
  );

  route(
    app,
    topicsTable.getNextCheckIn,
    {
      tags,
      summary: 'The check-in under way, or the next one, with its agenda',
      description:
        'The agenda holds shared topics not yet discussed (left-over ones stay until talked through), then your own private topics, which only you see. A check-in completed early is skipped. 404 when you are not linked, or (with type /problems/no-check-in-ahead) when the rhythm has no check-in within 400 days.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const { rhythm } = await effectiveAgreement(app.database.db, member);
      const repo = new CheckInsRepo(app.database.db);
      let from = app.clock().toISOString();
      // A check-in finished early is done: look past it (a few times at most, for several a day).
      for (let i = 0; i < 4; i++) {
        const next = nextOccurrence(rhythm, from);
        if (!next) break;
        const row = await repo.materialize(member, next.startsAt, next.endsAt, rhythm.minutes);
        if (!row.completed_at) return checkInView(app, member, row);
        from = row.ends_at;
      }
      throw new HttpProblem(404, 'No check-in ahead', 'Your agreement has no check-in coming up.', undefined, undefined, {
        type: '/problems/no-check-in-ahead',
      });
    },
  );

  route(
    app,
    topicsTable.completeCheckIn,
    {
      tags,
      summary: 'Finish a check-in (from an hour before it starts): what you talked through, shared notes, how long it took',
      description: 'The acknowledgment is in the language of Accept-Language (en or es; English otherwise).',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const ids = [...new Set(req.body.discussedTopicIds)];
      const checkIns = new CheckInsRepo(app.database.db);
      const row = ownedOr404(await checkIns.get(member, req.params.id));
      // A topic id the person may not see (the partner's private one) is answered like a missing one.
      if ((await new PairTopicsRepo(app.database.db).countVisible(member, ids)) !== ids.length) throw notFound();
      if (!checkInIsOpen(row.starts_at, app.clock())) {
        throw new HttpProblem(
          422,
          'Not open yet',
          'This check-in can be marked done from an hour before it starts. Until then, there is no rush.',
        );
      }
      const now = app.clock().toISOString();
      const notes = req.body.notes?.trim() ? req.body.notes : null;
      const duration = req.body.minutes ?? row.minutes;
      const done = await app.database.transaction(async (trx) => {
        if (!(await new CheckInsRepo(trx).complete(member, row.id, now, duration, notes))) return false;
        await new PairTopicsRepo(trx).markDiscussed(member, ids, row.id, now);
        // Held: a reminder still waiting for it is cancelled, and the one after it planned.
        await planCheckInWindows(trx, [member.userId, member.partnerId], now);
        return true;
      });
      if (!done) throw new HttpProblem(409, 'Already completed', 'One of you completed this check-in already.');
      await app.events.publish({
        recipients: [member.userId, member.partnerId],
        event: { type: 'checkin.completed', id: row.id, at: now },
      });
      const left = await new PairTopicsRepo(app.database.db).agenda(member, now);
      const completed = (await checkIns.get(member, row.id))!;
      return {
        checkIn: await checkInView(app, member, completed),
        durationMinutes: duration,
        acknowledgment: checkInAcknowledgment(ids.length, left.filter((t) => t.shared).length, localeOf(req)),
        safety: { crisis: notes ? detectCrisis(notes).crisis : false },
      };
    },
  );
}
