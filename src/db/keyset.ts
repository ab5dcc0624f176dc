import { sql, type Expression, type SqlBool } from 'kysely';
import type { SortKey } from '../core/paging.js';

/**
 * The keyset condition every newest-first list pages by: rows strictly before the cursor in
 * (`column`, id) order. One place, so every list breaks ties on id the same way.
 */
export function before(column: string, after: SortKey): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} < ${after.at} or (${sql.ref(column)} = ${after.at} and ${sql.ref('id')} < ${after.id}))`;
}
