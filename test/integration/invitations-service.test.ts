import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { InvitationsRepo } from '../../src/db/social/invitations.repo.js';
import { InvitationsService } from '../../src/server/social/invitations.service.js';
import { PeopleService } from '../../src/server/social/people.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');
const LATER = new Date('2026-11-20T09:00:00.000Z');

// Invitations, called directly: tied only to the person's own people, and the status time moves
// with the status (the summary counts from it), not with every edit.
describe.each(dialects())('invitations service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let stranger: Actor;
  let service: InvitationsService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    stranger = await world.person('sam');
    service = new InvitationsService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('moves the status time only when the status changes, and keeps what an edit leaves out', async () => {
    const rosa = await world.database.transaction((trx) =>
      new PeopleService(world.deps).create(trx, me, { name: 'Rosa', contexts: [], closeness: 'close' }),
    );
    const planned = await world.database.transaction((trx) =>
      service.create(trx, me, { idea: 'walk', text: 'A walk on Sunday?', personId: rosa.id, status: 'planned', note: '' }),
    );
    expect(planned).toMatchObject({ personId: rosa.id, note: null, plannedFor: null, statusChangedAt: NOW.toISOString() });

    world.setNow(LATER);
    const noted = await service.update(me, planned.id, { note: 'She likes the river path' });
    expect(noted).toMatchObject({
      status: 'planned',
      text: 'A walk on Sunday?',
      statusChangedAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    const sent = await service.update(me, planned.id, { status: 'sent', note: '' });
    expect(sent).toMatchObject({ status: 'sent', note: null, statusChangedAt: LATER.toISOString() });
    expect(await new InvitationsRepo(world.database.db).get(me, planned.id)).toEqual(sent);
    world.setNow(NOW);
  });

  it('refuses someone else’s person or invitation as 404, and changes nothing', async () => {
    const kim = await world.database.transaction((trx) =>
      new PeopleService(world.deps).create(trx, stranger, { name: 'Kim', contexts: [], closeness: 'new' }),
    );
    const refusedCreate = await refusal(
      world.database.transaction((trx) => service.create(trx, me, { idea: 'meal', text: 'Lunch?', personId: kim.id, status: 'planned' })),
    );
    expect(refusedCreate.status).toBe(404);
    expect(await new InvitationsRepo(world.database.db).all(me)).toHaveLength(1);

    const mine = await world.database.transaction((trx) =>
      service.create(trx, me, { idea: 'call', text: 'A quick call?', status: 'planned' }),
    );
    expect((await refusal(service.update(me, mine.id, { personId: kim.id }))).status).toBe(404);
    expect((await refusal(service.update(stranger, mine.id, { status: 'declined' }))).status).toBe(404);
    expect(await new InvitationsRepo(world.database.db).get(me, mine.id)).toMatchObject({ personId: null, status: 'planned' });
  });
});
