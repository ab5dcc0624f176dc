import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/account/actor.js';
import { parseVCardFile } from '../../src/core/social/vcard.js';
import { PeopleRepo } from '../../src/db/social/people.repo.js';
import { PeopleService } from '../../src/server/social/people.service.js';
import { dialects } from '../support/dialects.js';
import { refusal, serviceWorld, type ServiceWorld } from '../support/service-world.js';

const NOW = new Date('2026-11-18T12:00:00.000Z');

function cards(vcf: string) {
  const file = parseVCardFile(vcf);
  if (!file.ok) throw new Error(file.detail);
  return file.cards;
}

// The social map's people, called directly on a real database: what is stored, what an edit
// merges, whose rows it may touch, and how an import merges into who is already there.
describe.each(dialects())('people service on %s', (kind) => {
  let world: ServiceWorld;
  let me: Actor;
  let stranger: Actor;
  let service: PeopleService;

  beforeAll(async () => {
    world = await serviceWorld(kind, NOW);
    me = await world.person('ana');
    stranger = await world.person('sam');
    service = new PeopleService(world.deps);
  });
  afterAll(async () => world.database.dispose());

  it('adds a person with empty notes as none and contexts in their fixed order', async () => {
    const person = await world.database.transaction((trx) =>
      service.create(trx, me, { name: 'Rosa', contexts: ['work', 'family'], closeness: 'close', notes: '' }),
    );
    expect(person).toMatchObject({ name: 'Rosa', contexts: ['family', 'work'], notes: null, rhythmDays: null, lastContactAt: null });
    expect(person.createdAt).toBe(NOW.toISOString());
    expect(await new PeopleRepo(world.database.db).get(me, person.id)).toEqual(person);
  });

  it('changes only the fields an edit names, clears notes with null, and stamps the edit time', async () => {
    const person = await world.database.transaction((trx) =>
      service.create(trx, me, { name: 'Luis', contexts: ['friends'], closeness: 'casual', rhythmDays: 14, notes: 'Likes walks' }),
    );
    world.setNow(new Date('2026-11-18T13:00:00.000Z'));
    const renamed = await service.update(me, person.id, { name: 'Luis M.' });
    expect(renamed).toMatchObject({ name: 'Luis M.', rhythmDays: 14, notes: 'Likes walks', contexts: ['friends'] });
    expect(renamed.updatedAt).toBe('2026-11-18T13:00:00.000Z');
    const cleared = await service.update(me, person.id, { notes: null, snoozedUntil: '2026-12-01T00:00:00.000Z' });
    expect(cleared).toMatchObject({ name: 'Luis M.', notes: null, snoozedUntil: '2026-12-01T00:00:00.000Z' });
    world.setNow(NOW);
  });

  it('answers 404 for someone else’s person and leaves them as they were', async () => {
    const theirs = await world.database.transaction((trx) =>
      service.create(trx, stranger, { name: 'Kim', contexts: [], closeness: 'new' }),
    );
    expect((await refusal(service.update(me, theirs.id, { name: 'Mine now' }))).status).toBe(404);
    expect((await new PeopleRepo(world.database.db).get(stranger, theirs.id))?.name).toBe('Kim');
  });

  it('merges an imported card into the person of that name, filling empty notes only, and adds the rest once', async () => {
    const known = await world.database.transaction((trx) =>
      service.create(trx, me, { name: 'Marta Díaz', contexts: [], closeness: 'inner' }),
    );
    const vcf = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Díaz\r\nNOTE:Met at choir\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tomás Ruiz\r\nUID:tomas-1\r\nEND:VCARD',
    ].join('\r\n');
    const first = await service.importCards(me, cards(vcf));
    expect(first).toMatchObject({ imported: 1, merged: 1 });
    expect(first.people.map((p) => [p.name, p.outcome])).toEqual([
      ['Marta Díaz', 'merged'],
      ['Tomás Ruiz', 'imported'],
    ]);
    expect(first.people[0]!.personId).toBe(known.id);
    expect((await new PeopleRepo(world.database.db).get(me, known.id))?.notes).toBe('Met at choir');

    const again = await service.importCards(me, cards(vcf));
    expect(again).toMatchObject({ imported: 0, merged: 2 });
    const mine = (await new PeopleRepo(world.database.db).all(me)).map((p) => p.name).filter((n) => n === 'Tomás Ruiz');
    expect(mine).toHaveLength(1);
    // The stranger's map is not where a match is looked for.
    expect((await new PeopleRepo(world.database.db).all(stranger)).map((p) => p.name)).toEqual(['Kim']);
  });
});
