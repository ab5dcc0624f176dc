/**
 * Dense, realistic reassurance data for one person: by default ten years with 100,000 urges
 * (about 27 a day), 0–3 follow-up ratings each, 1–3 trigger tags on most, and 20,000 soothing-tool
 * sessions. Deterministic for a given seed, except the random UUIDs (kept random on purpose: real
 * ids arrive in random order, and index locality should be measured as it will be).
 *
 * Rows go in through Kysely multi-row INSERTs inside one transaction, a few hundred rows per
 * statement, which is fast on both dialects and stays under their bound-parameter limits. Their
 * insight rollups are computed by the same core functions the repositories use, and written once.
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import { toolSessionContributions, urgeContributions, type Contribution } from '../src/core/reassurance/rollups.js';
import { InsightRollupsRepo } from '../src/db/reassurance/insight-rollups.repo.js';
import type { DB, ToolSessionsTable, UrgeFollowUpsTable, UrgeTriggersTable, UrgesTable } from '../src/db/schema.js';

export interface SeedOptions {
  urges?: number;
  toolSessions?: number;
  years?: number;
  /** The moment the data ends (exclusive). */
  end?: Date;
  seed?: number;
  timeZone?: string;
}

export interface SeedCounts {
  urges: number;
  followUps: number;
  triggers: number;
  toolSessions: number;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG, good enough for test data and reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const pick = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  return { next, normal, pick };
}

const scale = (x: number) => Math.min(10, Math.max(0, Math.round(x)));

const TRIGGERS: ReadonlyArray<readonly [string, number]> = [
  ['no reply', 14],
  ['read receipt', 8],
  ['partner late', 7],
  ['short message', 7],
  ['tone of voice', 6],
  ['social media', 6],
  ['partner out with friends', 5],
  ['ex mentioned', 3],
  ['argument', 5],
  ['cancelled plans', 4],
  ['alone in the evening', 6],
  ['before sleep', 5],
  ['work stress', 6],
  ['tired', 4],
  ['health worry', 3],
  ['comparison', 3],
  ['anniversary', 1],
  ['travel', 2],
  ['money', 2],
  ['family visit', 2],
  ['hormones', 2],
  ['after a date', 1],
  ['silence at dinner', 2],
  ['phone face down', 1],
];

/** Minutes at which people tend to rate again; some fall outside the 15–180 windows on purpose. */
const FOLLOW_UP_MINUTES: ReadonlyArray<readonly [number, number]> = [
  [5, 2],
  [10, 3],
  [15, 6],
  [20, 4],
  [30, 14],
  [45, 5],
  [60, 10],
  [90, 6],
  [120, 12],
  [150, 3],
  [180, 5],
  [240, 4],
  [360, 2],
];

const TOOL_DROP: Record<string, number> = { breathing: 2.1, grounding: 1.6, pmr: 2.4, reframe: 1.2, journal: 0.9 };
const TOOL_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['breathing', 40],
  ['grounding', 20],
  ['pmr', 12],
  ['reframe', 16],
  ['journal', 12],
];
const BREATHING = ['box', '4-7-8', 'resonance'] as const;

/**
 * Multi-row INSERTs of `chunk` rows. Kysely compiles the statement once per chunk size and the text
 * is reused with each chunk's values (rows share one key order, so the parameters line up):
 * compiling a few hundred rows' worth of AST each time cost more than the database's work.
 */
async function insertChunked<T extends keyof DB>(db: Kysely<DB>, table: T, rows: ReadonlyArray<DB[T]>, chunk: number): Promise<void> {
  const compiled = new Map<number, string>();
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk) as unknown as Array<Record<string, unknown>>;
    let text = compiled.get(part.length);
    if (text === undefined) {
      // Kysely's generic insert typing does not follow a table name held in a type parameter.
      text = db
        .insertInto(table)
        .values(part as never)
        .compile().sql;
      compiled.set(part.length, text);
    }
    await db.executeQuery(
      CompiledQuery.raw(
        text,
        part.flatMap((r) => Object.values(r)),
      ),
    );
  }
}

export async function seedReassurance(db: Kysely<DB>, userId: string, opts: SeedOptions = {}): Promise<SeedCounts> {
  const urgeTotal = opts.urges ?? 100_000;
  const sessionTotal = opts.toolSessions ?? 20_000;
  const end = (opts.end ?? new Date('2026-11-21T00:00:00.000Z')).getTime();
  const span = (opts.years ?? 10) * 365.25 * 86_400_000;
  const start = end - span;
  const r = prng(opts.seed ?? 20261121);
  const localDate = new Intl.DateTimeFormat('en-CA', {
    timeZone: opts.timeZone ?? 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  // Urges cluster in the evening; their times are sorted so the story (fewer "sought" later) reads in order.
  const times = Array.from({ length: urgeTotal }, () => {
    const day = Math.floor(r.next() * (span / 86_400_000));
    const hour = Math.min(23.99, Math.max(0, r.normal(19, 4)));
    return Math.min(end - 1, start + day * 86_400_000 + hour * 3_600_000);
  }).sort((a, b) => a - b);

  const urges: UrgesTable[] = [];
  const triggers: UrgeTriggersTable[] = [];
  const followUps: UrgeFollowUpsTable[] = [];
  const rollups: Contribution[] = [];
  for (const t of times) {
    const progress = (t - start) / span;
    const sought = 0.5 - 0.35 * progress;
    const action = r.pick([
      ['sought', sought],
      ['delayed', 0.22],
      ['soothed', 0.18 + 0.15 * progress],
      ['parked', 0.12 + 0.1 * progress],
      ['plan', 0.05],
    ] as const);
    const intensity = scale(r.normal(6 - progress, 2));
    const anxietyBefore = scale(intensity + r.normal(0, 1.5));
    const tagCount = r.pick([
      [0, 15],
      [1, 45],
      [2, 28],
      [3, 12],
    ] as const);
    const tags = [...new Set(Array.from({ length: tagCount }, () => r.pick(TRIGGERS)))];
    const id = randomUUID();
    const occurredAt = new Date(t).toISOString();
    urges.push({
      id,
      user_id: userId,
      occurred_at: occurredAt,
      local_date: localDate.format(t),
      intensity,
      anxiety_before: anxietyBefore,
      triggers: JSON.stringify(tags),
      wanted_to: r.next() < 0.4 ? 'Ask whether we are still okay' : null,
      action,
      delay_minutes: action === 'delayed' ? r.pick(FOLLOW_UP_MINUTES) : null,
      note: null,
      created_at: occurredAt,
      updated_at: occurredAt,
    });
    for (const tag of tags) triggers.push({ urge_id: id, user_id: userId, tag });
    const count = r.pick([
      [0, 20],
      [1, 30],
      [2, 30],
      [3, 20],
    ] as const);
    const minutes = [...new Set(Array.from({ length: count }, () => r.pick(FOLLOW_UP_MINUTES)))].sort((a, b) => a - b);
    const firstFollowUp = followUps.length;
    for (const m of minutes) {
      // Asking brings quick relief that fades; waiting it out eases more slowly but stays eased.
      const relief = action === 'sought' ? (m <= 60 ? 3 : m <= 180 ? 1.5 : 0.5) : m <= 60 ? 1.2 : m <= 180 ? 2.8 : 3.5;
      followUps.push({
        id: randomUUID(),
        urge_id: id,
        user_id: userId,
        minutes_after: m,
        anxiety: scale(anxietyBefore - relief + r.normal(0, 1.2)),
        created_at: new Date(t + m * 60_000).toISOString(),
      });
    }
    const facts = followUps.slice(firstFollowUp).map((f) => ({ minutesAfter: f.minutes_after, anxiety: f.anxiety }));
    rollups.push(
      ...urgeContributions({
        occurredAt,
        localDate: localDate.format(t),
        action,
        intensity,
        anxietyBefore,
        triggers: tags,
        followUps: facts,
      }),
    );
  }

  const sessions: ToolSessionsTable[] = Array.from({ length: sessionTotal }, () => {
    const t = start + r.next() * span;
    const tool = r.pick(TOOL_WEIGHTS);
    const before = scale(r.normal(6, 1.6));
    const after = scale(before - r.normal(TOOL_DROP[tool]!, 1.4));
    const iso = new Date(t).toISOString();
    return {
      id: randomUUID(),
      user_id: userId,
      tool,
      variant: tool === 'breathing' ? BREATHING[Math.floor(r.next() * 3)]! : null,
      started_at: iso,
      duration_seconds: Math.round(60 + r.next() * 600),
      distress_before: before,
      distress_after: after,
      urge_id: r.next() < 0.3 ? (urges[Math.floor(r.next() * urges.length)]?.id ?? null) : null,
      created_at: iso,
    };
  });

  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'urges', urges, 400);
    await insertChunked(trx, 'urge_triggers', triggers, 1_000);
    await insertChunked(trx, 'urge_follow_ups', followUps, 800);
    await insertChunked(trx, 'tool_sessions', sessions, 500);
    for (const s of sessions) {
      rollups.push(
        ...toolSessionContributions({
          startedAt: s.started_at,
          tool: s.tool,
          distressBefore: s.distress_before,
          distressAfter: s.distress_after,
        }),
      );
    }
    await new InsightRollupsRepo(trx).add(userId, rollups);
  });
  return { urges: urges.length, followUps: followUps.length, triggers: triggers.length, toolSessions: sessions.length };
}
