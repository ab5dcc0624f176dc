import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { peopleTable, VCARD_TYPES } from '../../contracts/social/people.routes.js';
import { type Person } from '../../contracts/social/people.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { reachOutList } from '../../core/social/reach-out.js';
import { reciprocity } from '../../core/social/reciprocity.js';
import { parseVCardFile } from '../../core/social/vcard.js';
import { rangeBound } from '../../core/reassurance/instants.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest } from '../problem.js';
import { cursorOf, instantOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import { PeopleService } from './people.service.js';
import type { App } from '../types.js';

/** A vCard export of a large address book with notes fits; photos are what make files bigger. */
export const IMPORT_BODY_LIMIT = 2 * 1024 * 1024;
const RECIPROCITY_DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;

// Notes are free text a person writes, so they get the same crisis check as every other field.
const withSafety = (person: Person) => ({ person, safety: { crisis: containsCrisisLanguage(person.notes ?? '') } });

export async function peopleRoutes(app: App): Promise<void> {
  const tags = ['people'];
  const people = new PeopleService(app);

  // Only this plugin's routes read vCard bodies; everywhere else they stay an unsupported type.
  app.addContentTypeParser(VCARD_TYPES, { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));

  route(
    app,
    peopleTable.createPerson,
    {
      tags,
      summary: 'Add someone to your social map',
      description: 'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createPerson',
        create: async (ex) => {
          const person = await people.create(ex, actor, req.body);
          return { id: person.id, result: withSafety(person) };
        },
        replay: async (id) => {
          const person = await new PeopleRepo(app.database.db).get(actor, id);
          return person && withSafety(person);
        },
        now: app.clock(),
      });
      return reply.code(201).send(result);
    },
  );

  route(app, peopleTable.listPeople, { tags, summary: 'The people on your social map, most recently added first' }, async (req) => {
    const { limit, context, closeness } = req.query;
    const rows = await new PeopleRepo(app.database.db).list(actorOf(req), {
      context,
      closeness,
      after: cursorOf(req.query.cursor, decodeKey),
      limit,
    });
    return pageBy(rows, limit, (p) => p.createdAt);
  });

  // Static paths before /people/:id (find-my-way prefers them anyway; the order makes it obvious).
  route(
    app,
    peopleTable.getReachOutList,
    {
      tags,
      summary: 'People it may be a good time to reach out to, most overdue first',
      description:
        'Only people with a rhythm appear, from three quarters of their rhythm on; a snoozed person rests until the snooze ends, ' +
        'and logging time together takes someone off the list at once.',
    },
    async (req) => reachOutList(await new PeopleRepo(app.database.db).withRhythm(actorOf(req)), app.clock()),
  );

  route(
    app,
    peopleTable.importVCard,
    {
      tags,
      summary: 'Add people from a vCard (.vcf) file',
      description:
        'Send the file as the body with Content-Type text/vcard (text/x-vcard and text/plain are read too; versions 2.1, 3.0 and 4.0; several cards; up to 2 MB). ' +
        'A card whose UID or name matches someone already on your map is merged (only empty notes are filled); a card ' +
        'without a name is skipped with its reason. A file that is not a readable vCard file imports nothing and answers 400.',
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async (req) => {
      const parsed = parseVCardFile(req.body);
      if (!parsed.ok) throw badRequest([{ field: 'body', in: 'body', message: parsed.detail }], parsed.detail);
      const { imported, merged, people: outcomes } = await people.importCards(actorOf(req), parsed.cards);
      return { imported, merged, skipped: parsed.skipped, people: outcomes };
    },
  );

  route(app, peopleTable.getPerson, { tags, summary: 'One person on your map' }, async (req) => {
    const person = ownedOr404(await new PeopleRepo(app.database.db).get(actorOf(req), req.params.id));
    return withSafety(person);
  });

  route(
    app,
    peopleTable.updatePerson,
    {
      tags,
      summary: 'Change someone’s details, rhythm or snooze',
      description: '`snoozedUntil` rests them on the reach-out list until then; null wakes them. `notes: null` clears the notes.',
    },
    async (req) => {
      const b = req.body;
      const snoozedUntil =
        b.snoozedUntil === undefined || b.snoozedUntil === null ? b.snoozedUntil : instantOf(b.snoozedUntil, 'snoozedUntil');
      return withSafety(await people.update(actorOf(req), req.params.id, { ...b, snoozedUntil }));
    },
  );

  route(
    app,
    peopleTable.deletePerson,
    {
      tags,
      summary: 'Remove someone from your map',
      description: 'Their links to logged interactions go too; an interaction that was with them alone is deleted.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      return deleteOr404(
        reply,
        app.database.transaction((trx) => new PeopleRepo(trx).delete(actor, req.params.id)),
      );
    },
  );

  route(
    app,
    peopleTable.getReciprocity,
    {
      tags,
      summary: 'Give and take with one person over a period',
      description:
        'Who reaches out, help given and received, mean warmth and support, and a plain-words note when contact has leaned ' +
        `one way for a while. The period runs from \`from\` to \`to\`, both included; by default the last ${RECIPROCITY_DEFAULT_DAYS} days.`,
    },
    async (req) => {
      const actor = actorOf(req);
      const to = req.query.to === undefined ? app.clock().toISOString() : rangeBound(req.query.to);
      const from =
        req.query.from === undefined
          ? new Date(Date.parse(to) - RECIPROCITY_DEFAULT_DAYS * DAY_MS).toISOString()
          : rangeBound(req.query.from);
      if (from > to) throw badRequest([{ field: 'from', in: 'query', message: 'Start must not be after the end' }]);
      const person = ownedOr404(await new PeopleRepo(app.database.db).get(actor, req.params.id));
      const rows = await new InteractionsRepo(app.database.db).withPerson(actor, person.id, from, to);
      return { personId: person.id, from, to, ...reciprocity(rows, person.name) };
    },
  );
}
