import { CompiledQuery, type Compilable } from 'kysely';
import type { Executor } from './database.js';
import { fastReader } from './sqlite-statements.js';

type Arg = string | number | null | undefined;
type Slot = { arg: number } | { value: unknown };
interface Template {
  sql: string;
  slots: Slot[];
}

const MARK = '\u0000steady-arg:';
const placeholder = (i: number) => `${MARK}${i}`;

/**
 * A query Kysely builds and compiles once per database and shape, then runs with fresh values.
 * Building and compiling costs about 10 µs a call, a fifth of the journal's first-page request
 * beyond its SQL, and the hottest reads (the session behind every request, a journal page) are
 * the same few statements every time. Hand-written: kysely-params, the library for this, declares
 * a peer range of Kysely 0.24 that rejects the 0.28 Steady uses.
 *
 * `build` must use its arguments only as values (in `where`, `limit`, …), never to decide the
 * query's structure, except through whether an argument is null or undefined: that decides the
 * shape, and each shape is compiled separately. Each present argument is compiled as a
 * placeholder and swapped for the real value at run time. On SQLite, outside a transaction, the
 * statement runs on db/sqlite-statements.ts's fast read path.
 */
export function prepared<Args extends Arg[], Row>(build: (db: Executor, ...args: Args) => Compilable<Row>) {
  const templates = new WeakMap<Executor, Map<string, Template>>();
  return async (db: Executor, ...args: Args): Promise<Row[]> => {
    const shape = args.map((a) => (a === null || a === undefined ? '0' : '1')).join('');
    let byShape = templates.get(db);
    if (!byShape) templates.set(db, (byShape = new Map<string, Template>()));
    let t = byShape.get(shape);
    if (!t) {
      const marked = args.map((a, i) => (a === null || a === undefined ? a : placeholder(i))) as Args;
      const compiled = build(db, ...marked).compile();
      t = { sql: compiled.sql, slots: compiled.parameters.map(slotOf) };
      byShape.set(shape, t);
    }
    const params = t.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    const fast = fastReader(db)?.(t.sql, params) as Row[] | undefined;
    if (fast) return fast;
    return (await db.executeQuery<Row>(CompiledQuery.raw(t.sql, params))).rows;
  };
}

function slotOf(p: unknown): Slot {
  return typeof p === 'string' && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p };
}
