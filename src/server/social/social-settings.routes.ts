import { socialSettingsTable } from '../../contracts/social/social-settings.routes.js';
import { SocialSettingsRepo } from '../../db/social/social-settings.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function socialSettingsRoutes(app: App): Promise<void> {
  const tags = ['people'];

  route(
    app,
    socialSettingsTable.getSocialSettings,
    { tags, summary: 'Your switches for the social map (today: rhythms in the calendar feed)' },
    async (req) => new SocialSettingsRepo(app.database.db).get(actorOf(req)),
  );

  route(
    app,
    socialSettingsTable.updateSocialSettings,
    {
      tags,
      summary: 'Change your social-map switches',
      description:
        'With `rhythmsInCalendar` on, your calendar feed (rotateCalendarToken; no pair needed) also shows an all-day ' +
        '"Maybe reach out to <name>" on the day each person’s rhythm next comes round. It names the people with a rhythm, so ' +
        'it is off until you turn it on.',
    },
    async (req) => new SocialSettingsRepo(app.database.db).put(actorOf(req), req.body, app.clock().toISOString()),
  );
}
