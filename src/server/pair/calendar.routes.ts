import { calendarTable } from '../../contracts/pair/calendar.routes.js';
import { actorFromSession } from '../../core/account/actor.js';
import { calendarFeed, hashCalendarToken, newCalendarToken } from '../../core/pair/calendar.js';
import { pairMemberFrom } from '../../core/pair/member.js';
import { CalendarTokensRepo } from '../../db/pair/calendar-tokens.repo.js';
import { PairsRepo } from '../../db/pair/pairs.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { SocialSettingsRepo } from '../../db/social/social-settings.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { rhythmEvents } from '../../core/social/rhythm-calendar.js';
import { effectiveAgreement } from './agreement.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';
import { publicBase } from '../public-url.js';

export async function calendarRoutes(app: App): Promise<void> {
  const tags = ['calendar'];

  route(
    app,
    calendarTable.rotateCalendarToken,
    { tags, summary: 'Make a new secret calendar feed address; the old one stops working' },
    async (req) => {
      const actor = actorOf(req);
      const token = newCalendarToken();
      await app.database.transaction((trx) =>
        new CalendarTokensRepo(trx).rotate(actor, hashCalendarToken(token), app.clock().toISOString()),
      );
      return { url: `${publicBase(app, req)}/api/v1/calendar/${token}.ics` };
    },
  );

  route(
    app,
    calendarTable.getCalendarFeed,
    {
      tags,
      summary:
        'Your check-ins (and, if you turned it on, your reach-out rhythms) as an iCalendar feed; no cookie needed, the address is the secret',
      description:
        'Holds the pair’s check-in rhythm (no topics or notes) and, only with social settings `rhythmsInCalendar` on, an all-day ' +
        '"Maybe reach out to <name>" on the day each person’s rhythm next comes round. Works without a pair. An unknown or rotated address answers 404.',
      config: { public: true },
    },
    async (req, reply) => {
      const m = /^([A-Za-z0-9_-]{16,100})$/.exec(req.params.token);
      if (!m) throw notFound();
      const owner = ownedOr404(await new CalendarTokensRepo(app.database.db).owner(hashCalendarToken(m[1]!)));
      // The feed token stands in for a session, for reading this one feed.
      const actor = actorFromSession({ userId: owner, id: 'calendar-feed' });
      const membership = await new PairsRepo(app.database.db).activeMembership(actor);
      const now = app.clock().toISOString();
      let rhythm = null;
      let uid = `check-ins-${owner}@steady`;
      if (membership) {
        const member = pairMemberFrom(actor, membership);
        rhythm = (await effectiveAgreement(app.database.db, member)).rhythm;
        uid = `check-ins-${member.pairId}@steady`;
      }
      // The token is per person, not per pair, so someone without a partner can subscribe too, for
      // their rhythms alone; those appear only when they turned them on (they name people).
      let allDay: ReturnType<typeof rhythmEvents> = [];
      if ((await new SocialSettingsRepo(app.database.db).get(actor)).rhythmsInCalendar) {
        const timeZone = (await new UsersRepo(app.database.db).timeZoneOf(owner)) ?? 'UTC';
        allDay = rhythmEvents(await new PeopleRepo(app.database.db).withRhythm(actor), app.clock(), timeZone);
      }
      const body = calendarFeed({ uid, rhythm, now, title: 'Steady check-in', allDay });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('referrer-policy', 'no-referrer')
        .send(body);
    },
  );
}
