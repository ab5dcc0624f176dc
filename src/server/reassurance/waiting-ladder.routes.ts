import { LADDER_STEPS_SHOWN } from '../../contracts/reassurance/waiting-ladder.js';
import { waitingLadderTable } from '../../contracts/reassurance/waiting-ladder.routes.js';
import { waitingLadder } from '../../core/reassurance/waiting-ladder.js';
import { WaitingLadderRepo } from '../../db/reassurance/waiting-ladder.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function waitingLadderRoutes(app: App): Promise<void> {
  route(
    app,
    waitingLadderTable.getWaitingLadder,
    {
      tags: ['urges'],
      summary: 'The wait to offer after your next urge, grown from your own waits',
      description:
        'Only your own urges: there is no id and no pair path. The offer grows by a fifth (at least a minute, 5–60 minutes) after a wait ' +
        'with anxiety lower at the first follow-up at or after the wait than at the urge, and stays otherwise; a missing rating is never guessed. ' +
        '`basis` says how many waits it stands on.',
    },
    async (req) => {
      const ladder = waitingLadder(await new WaitingLadderRepo(app.database.db).waits(actorOf(req)));
      return { ...ladder, steps: ladder.steps.slice(-LADDER_STEPS_SHOWN) };
    },
  );
}
