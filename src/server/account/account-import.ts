import { randomUUID } from 'node:crypto';
import type { ImportAccountFile, ImportAccountResult } from '../../contracts/account/export.js';
import type { Actor } from '../../core/account/actor.js';
import type { Database, Tx } from '../../db/database.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import { DisclosuresRepo } from '../../db/social/disclosures.repo.js';
import { DraftsRepo } from '../../db/reassurance/drafts.repo.js';
import { ImportedItemsRepo } from '../../db/account/imported-items.repo.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { JournalRepo } from '../../db/journal/journal.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { PracticesRepo } from '../../db/social/practices.repo.js';
import { ReflectionTopicsRepo } from '../../db/reassurance/reflection-topics.repo.js';
import { SafetyPlansRepo } from '../../db/support/safety-plans.repo.js';
import { SupportResourcesRepo } from '../../db/support/support-resources.repo.js';
import { ThoughtRecordsRepo } from '../../db/reassurance/thought-records.repo.js';
import { ToolSessionsRepo } from '../../db/reassurance/tool-sessions.repo.js';
import { UrgesRepo } from '../../db/reassurance/urges.repo.js';
import { HttpProblem } from '../problem.js';
import { NotificationSettingsRepo } from '../../db/notifications/notification-settings.repo.js';

type Added = ImportAccountResult['added'];

/**
 * Brings a person's export from another Steady (or this one) into their account here, in one
 * transaction. Every item gets a new id, and links between items (a follow-up's urge, a tool
 * session's urge, an interaction's people, a disclosure's person) follow the new ids. Each item's
 * old id is remembered, so importing the same file again adds nothing.
 *
 * A pair from the old server cannot come along: its partner is not here. Of what was written
 * there, the person keeps their own words that make sense alone: topics they parked become topics
 * for their own reflection, and moments of the cycle they had shared become private. The rest
 * (requests, kudos, stress plans, agreements, check-ins, goals, reviews) stays in the file, and the
 * answer counts it. Imported words are not put through the crisis check: they were written, and
 * checked, where they were written; an import never refuses a line someone wrote.
 */
export async function importAccount(database: Database, actor: Actor, file: ImportAccountFile, now: Date): Promise<ImportAccountResult> {
  try {
    return await database.transaction((trx) => new Importer(trx, actor, now.toISOString()).run(file));
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    // The file passed the contract, but something in it cannot be stored here (a number beyond
    // the database's range, say): nothing was imported, and the person is told so, not shown a 500.
    throw new HttpProblem(422, 'Could not import this file', 'Nothing was added. The file may have been changed since it was exported.');
  }
}

class Importer {
  private readonly known = new Map<string, string>();
  private readonly remembered: { kind: string; sourceId: string; targetId: string }[] = [];
  private alreadyHere = 0;
  private notBrought = 0;
  private readonly added: Added = {
    journal: 0,
    urges: 0,
    toolSessions: 0,
    thoughtRecords: 0,
    cycleEvents: 0,
    drafts: 0,
    supportResources: 0,
    reflectionTopics: 0,
    people: 0,
    interactions: 0,
    practices: 0,
    disclosures: 0,
    safetyPlan: 0,
  };

  constructor(
    private readonly trx: Tx,
    private readonly actor: Actor,
    private readonly now: string,
  ) {}

  /** A new id for an item not imported before; undefined (and counted) when it already was. */
  private fresh(kind: string, sourceId: string): string | undefined {
    const key = `${kind}:${sourceId}`;
    if (this.known.has(key)) {
      this.alreadyHere++;
      return undefined;
    }
    const id = randomUUID();
    this.known.set(key, id);
    this.remembered.push({ kind, sourceId, targetId: id });
    return id;
  }

  /** Writes an item not imported before under its new id, and counts it. */
  private async add(kind: string, sourceId: string, counted: keyof Added, write: (id: string) => Promise<unknown>): Promise<void> {
    const id = this.fresh(kind, sourceId);
    if (!id) return;
    await write(id);
    this.added[counted]++;
  }

  /** The id here of an item imported now or earlier. */
  private here(kind: string, sourceId: string | null): string | undefined {
    return sourceId === null ? undefined : this.known.get(`${kind}:${sourceId}`);
  }

  async run(f: ImportAccountFile): Promise<ImportAccountResult> {
    const imported = new ImportedItemsRepo(this.trx);
    for (const [key, id] of await imported.known(this.actor)) this.known.set(key, id);
    const { trx, actor } = this;

    for (const e of f.journal ?? []) await this.add('journal', e.id, 'journal', (id) => new JournalRepo(trx).insert(actor, { ...e, id }));
    const urges = new UrgesRepo(trx);
    for (const u of f.urges ?? []) {
      const id = this.fresh('urges', u.id);
      if (!id) continue;
      const record = { ...u, id, followUps: [] };
      await urges.insert(actor, record);
      for (const fu of u.followUps) await urges.addFollowUp(actor, record, { ...fu, id: randomUUID() });
      this.added.urges++;
    }
    for (const s of f.toolSessions ?? [])
      await this.add('toolSessions', s.id, 'toolSessions', (id) =>
        new ToolSessionsRepo(trx).insert(actor, { ...s, id, urgeId: this.here('urges', s.urgeId) ?? null }),
      );
    for (const t of f.thoughtRecords ?? [])
      await this.add('thoughtRecords', t.id, 'thoughtRecords', (id) => new ThoughtRecordsRepo(trx).insert(actor, { ...t, id }));
    for (const e of f.cycleEvents ?? [])
      await this.add('cycleEvents', e.id, 'cycleEvents', (id) => new CycleEventsRepo(trx).insert(actor, { ...e, id, shared: false }, null));
    for (const d of f.drafts ?? []) await this.add('drafts', d.id, 'drafts', (id) => new DraftsRepo(trx).insert(actor, { ...d, id }));
    for (const r of f.supportResources ?? [])
      await this.add('supportResources', r.id, 'supportResources', (id) => new SupportResourcesRepo(trx).insert(actor, { ...r, id }));
    const topics = new ReflectionTopicsRepo(trx);
    for (const t of f.reflectionTopics ?? [])
      await this.add('reflectionTopics', t.id, 'reflectionTopics', (id) => topics.insert(actor, { ...t, id }));
    for (const t of (f.pairTopics ?? []).filter((x) => x.mine)) {
      await this.add('pairTopics', t.id, 'reflectionTopics', (id) =>
        topics.insert(actor, { id, text: t.text, createdAt: t.createdAt, updatedAt: t.createdAt }),
      );
    }

    const people = new PeopleRepo(trx);
    for (const p of f.people ?? []) {
      const id = this.fresh('people', p.id);
      if (!id) continue;
      const { lastContactAt: _derived, ...person } = p;
      await people.insert(actor, { ...person, id });
      this.added.people++;
    }
    for (const i of f.interactions ?? []) {
      const personIds = i.personIds.map((p) => this.here('people', p)).filter((p): p is string => p !== undefined);
      if (personIds.length === 0) {
        this.notBrought++;
        continue;
      }
      await this.add('interactions', i.id, 'interactions', (id) => new InteractionsRepo(trx).insert(actor, { ...i, id, personIds }));
    }
    const practices = new PracticesRepo(trx);
    for (const p of f.practices ?? []) {
      const id = this.fresh('practices', p.id);
      if (!id) continue;
      await practices.insert(actor, { id, name: p.name, archivedAt: p.archivedAt, createdAt: p.createdAt, updatedAt: p.updatedAt });
      for (const day of p.days) await practices.check(actor, id, day, this.now);
      this.added.practices++;
    }
    for (const d of f.disclosures ?? []) {
      const personId = this.here('people', d.personId);
      if (!personId) {
        this.notBrought++;
        continue;
      }
      await this.add('disclosures', d.id, 'disclosures', (id) => new DisclosuresRepo(trx).insert(actor, { ...d, id, personId }));
    }
    if (f.safetyPlan) {
      const plans = new SafetyPlansRepo(trx);
      // A plan already here is the newer word on how to stay safe; the file's never replaces it.
      if (this.fresh('safetyPlan', 'plan') && !(await plans.get(actor))) {
        const { version: _v, editedAt, updatedAt: _u, ...steps } = f.safetyPlan;
        await plans.put(actor, steps, editedAt, this.now);
        this.added.safetyPlan = 1;
      }
    }
    if (f.notificationSettings) {
      // Choices already made on this server are the person's latest; the file's only fill a blank.
      const settings = new NotificationSettingsRepo(trx);
      if (!(await settings.get(actor.userId))) await settings.put(actor, f.notificationSettings, this.now);
    }

    const space = f.pairSpace;
    this.notBrought +=
      (f.pairAgreements?.length ?? 0) +
      (f.pairCheckIns?.length ?? 0) +
      (space
        ? space.requests.length +
          space.kudos.length +
          space.stressPlans.length +
          space.goals.length +
          space.goalNotes.length +
          space.reviews.length
        : 0) +
      (f.assessments?.length ?? 0) +
      (f.weeklyChecks?.length ?? 0) +
      (f.invitations?.length ?? 0) +
      (f.feedbackLinks?.length ?? 0) +
      (f.socialReviews?.length ?? 0);

    await imported.remember(actor, this.remembered, this.now);
    return { added: this.added, alreadyHere: this.alreadyHere, notBrought: this.notBrought };
  }
}
